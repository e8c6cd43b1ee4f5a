import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsISO31661Alpha2,
  IsISO4217CurrencyCode,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { HasSafeText, IsApplyUrl, IsFutureDate, NotLessThan, NotWith } from './posting-validators';

export const REMOTE_MODES = ['remote', 'hybrid', 'onsite'] as const;
export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'temporary', 'internship', 'volunteer', 'per_diem', 'other'] as const;
/** Days ahead a posting may run: longer is almost always a mistake (and normalisation drops it). */
export const MAX_VALID_DAYS = 366;
export const MAX_DESCRIPTION_INPUT = 100_000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const hasSalary = (o: PostingFieldsDto) => o.salaryMin !== undefined && o.salaryMin !== null || o.salaryMax !== undefined && o.salaryMax !== null;

/** The fields of a recruiter posting. Unknown fields are refused (400) by the strict pipe. */
export class PostingFieldsDto {
  @ApiProperty({ example: 'Customer Service Agent (Estonian and English)', minLength: 3, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({ description: 'HTML (p, ul, ol, li, strong, em, a, h2-h5, ...) or plain text; anything else is removed.', maxLength: MAX_DESCRIPTION_INPUT })
  @IsString()
  @Length(1, MAX_DESCRIPTION_INPUT)
  @HasSafeText()
  description!: string;

  @ApiPropertyOptional({ example: 'Tallinn, Estonia', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ example: 'EE', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(upper)
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as EE' })
  country?: string;

  @ApiPropertyOptional({ enum: REMOTE_MODES })
  @IsOptional()
  @IsIn(REMOTE_MODES)
  remoteMode?: (typeof REMOTE_MODES)[number];

  @ApiPropertyOptional({ example: 1400, minimum: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1_000_000_000)
  salaryMin?: number;

  @ApiPropertyOptional({ example: 1800, minimum: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1_000_000_000)
  @NotLessThan('salaryMin')
  salaryMax?: number;

  @ApiPropertyOptional({ example: 'EUR', description: 'ISO 4217; required with a salary' })
  @ValidateIf((o: PostingFieldsDto) => hasSalary(o) || o.salaryCurrency !== undefined)
  @Transform(upper)
  @IsDefined({ message: 'salaryCurrency is required with a salary' })
  @IsISO4217CurrencyCode({ message: 'salaryCurrency must be an ISO 4217 currency code such as EUR' })
  salaryCurrency?: string;

  @ApiPropertyOptional({ enum: SALARY_PERIODS, description: 'required with a salary' })
  @ValidateIf((o: PostingFieldsDto) => hasSalary(o) || o.salaryPeriod !== undefined)
  @IsDefined({ message: 'salaryPeriod is required with a salary' })
  @IsIn(SALARY_PERIODS)
  salaryPeriod?: (typeof SALARY_PERIODS)[number];

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: (typeof EMPLOYMENT_TYPES)[number];

  @ApiPropertyOptional({ example: 'https://jobs.example.com/apply/123', description: 'http(s) or mailto:; give this or applyEmail' })
  @ValidateIf((o: PostingFieldsDto) => o.applyEmail === undefined || o.applyUrl !== undefined)
  @Transform(trim)
  @IsDefined({ message: 'give applyUrl or applyEmail' })
  @IsApplyUrl()
  applyUrl?: string;

  @ApiPropertyOptional({ example: 'jobs@example.com' })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'applyEmail must be an e-mail address' })
  @MaxLength(254)
  @NotWith('applyUrl')
  applyEmail?: string;

  @ApiPropertyOptional({ example: '2027-01-31', description: `In the future, at most ${MAX_VALID_DAYS} days ahead` })
  @IsOptional()
  @IsFutureDate(MAX_VALID_DAYS)
  validThrough?: string;
}

/** Create: the fields, and for admins (who belong to no employer) the employer to post for. */
export class CreateRecruiterPostingDto extends PostingFieldsDto {
  @ApiPropertyOptional({ description: 'Admins only: the employer the posting is for. A recruiter always posts for their own.' })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}

/**
 * Edit: any subset of the fields; null clears an optional one. The result of applying it is
 * validated as a whole (a new salaryMin above the stored salaryMax is refused).
 */
export class UpdateRecruiterPostingDto extends PartialType(OmitType(PostingFieldsDto, ['applyUrl', 'applyEmail'] as const)) {
  @ApiPropertyOptional({ description: 'http(s) or mailto:' })
  @IsOptional()
  @Transform(trim)
  @IsApplyUrl()
  applyUrl?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'applyEmail must be an e-mail address' })
  @MaxLength(254)
  applyEmail?: string | null;
}
