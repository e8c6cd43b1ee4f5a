import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { RemoteMode, Role, Seniority, Shift } from '@app/db';

const ROLES = Object.values(Role);
const SENIORITIES = Object.values(Seniority);
const REMOTE_MODES = Object.values(RemoteMode);
const SHIFTS = Object.values(Shift);
export const SORTS = ['newest', 'relevance', 'salary'] as const;
export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_LENGTH = 200;

/**
 * `role=a&role=b`, `role=a,b` and `role[]=a` all mean [a, b]. Anything else the extended query
 * parser can build (`role[x]=1` is an object) is passed through untouched for IsArray to refuse.
 */
const toList =
  (map: (v: string) => string = (v) => v) =>
  ({ value }: { value: unknown }) => {
    if (value === undefined) return undefined;
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value;
    if (!Array.isArray(items)) return items;
    return items.map((v) => (typeof v === 'string' ? map(v.trim()) : v)).filter((v) => v !== '');
  };
const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

const list = (values: readonly string[]) => `one or more of: ${values.join(', ')}`;

/** Query of GET /api/jobs (and of the board's search page). Unknown parameters are refused by the global ValidationPipe. */
export class SearchPostingsQueryDto {
  @ApiPropertyOptional({ enum: ROLES, isArray: true, description: 'Role types (repeat or comma-separate); any of them.' })
  @IsOptional()
  @Transform(toList())
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: `role must be ${list(ROLES)}` })
  role?: Role[];

  @ApiPropertyOptional({ enum: SENIORITIES, isArray: true })
  @IsOptional()
  @Transform(toList())
  @IsArray()
  @ArrayMaxSize(SENIORITIES.length)
  @IsIn(SENIORITIES, { each: true, message: `seniority must be ${list(SENIORITIES)}` })
  seniority?: Seniority[];

  @ApiPropertyOptional({ isArray: true, type: String, description: 'Employer keys (`amazon`) or names (`Amazon`), accents and case ignored.' })
  @IsOptional()
  @Transform(toList())
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  employer?: string[];

  @ApiPropertyOptional({ isArray: true, type: String, example: ['en', 'et'], description: 'Languages you speak (ISO 639-1): only postings requiring none other are shown.' })
  @IsOptional()
  @Transform(toList((v) => v.toLowerCase()))
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'speaks must be ISO 639-1 codes such as en, et, nb' })
  speaks?: string[];

  @ApiPropertyOptional({ enum: SHIFTS, isArray: true })
  @IsOptional()
  @Transform(toList())
  @IsArray()
  @ArrayMaxSize(SHIFTS.length)
  @IsIn(SHIFTS, { each: true, message: `shift must be ${list(SHIFTS)}` })
  shift?: Shift[];

  @ApiPropertyOptional({ isArray: true, type: String, example: ['EE', 'NO'], description: 'ISO 3166-1 alpha-2 countries.' })
  @IsOptional()
  @Transform(toList((v) => v.toUpperCase()))
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'country must be ISO 3166-1 alpha-2 codes such as EE, NO, PL' })
  country?: string[];

  @ApiPropertyOptional({ isArray: true, type: String, description: 'City names, accents and case ignored.' })
  @IsOptional()
  @Transform(toList())
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  city?: string[];

  @ApiPropertyOptional({ enum: REMOTE_MODES, isArray: true })
  @IsOptional()
  @Transform(toList())
  @IsArray()
  @ArrayMaxSize(REMOTE_MODES.length)
  @IsIn(REMOTE_MODES, { each: true, message: `remote must be ${list(REMOTE_MODES)}` })
  remote?: RemoteMode[];

  @ApiPropertyOptional({ isArray: true, type: String, example: ['et'], description: 'Language the posting is written in (ISO 639-1).' })
  @IsOptional()
  @Transform(toList((v) => v.toLowerCase()))
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'language must be ISO 639-1 codes such as en, et, nb' })
  language?: string[];

  @ApiPropertyOptional({ minimum: 0, description: 'Minimum yearly pay, in `currency`; compared on each posting\'s annualised salary.' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'salaryMin must be a number' })
  @Min(0)
  @Max(100_000_000)
  salaryMin?: number;

  @ApiPropertyOptional({ example: 'EUR', description: 'Currency of salaryMin (ISO 4217); defaults to the board\'s base currency.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency?: string;

  @ApiPropertyOptional({ description: 'Only postings that state a salary (by default salaryMin keeps those that state none).' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'hasSalary must be true or false' })
  hasSalary?: boolean;

  @ApiPropertyOptional({ example: '7d', description: 'Posted within the last N hours or days: 24h, 7d, 30d (at most 365d).' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,3}[hd]$/, { message: 'postedWithin must be a number of hours or days such as 24h, 7d, 30d' })
  postedWithin?: string;

  @ApiPropertyOptional({ maxLength: MAX_QUERY_LENGTH, description: 'Keywords in any language; every word must occur in title, employer or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  q?: string;

  @ApiPropertyOptional({ enum: SORTS, default: 'newest', description: '`relevance` needs `q`.' })
  @IsOptional()
  @IsIn(SORTS, { message: `sort must be one of: ${SORTS.join(', ')}` })
  sort?: (typeof SORTS)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: "Opaque cursor from the previous page's `nextCursor`." })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Also return `total` and facet counts for this filter.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'facets must be true or false' })
  facets?: boolean;
}
