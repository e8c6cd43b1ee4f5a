import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-hasher.service';

/** E-mail addresses are compared trimmed and lower-cased everywhere. */
export function normalizeEmail(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toLowerCase() : value;
}

export class SignInDto {
  @ApiProperty({ example: 'recruiter@example.com' })
  @Transform(({ value }) => normalizeEmail(value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  // Only bounded here: a sign-in must not tell which passwords the policy would refuse.
  @ApiProperty()
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from sign-in or the previous refresh (single use).' })
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token of the invitation link.' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'ATS integration' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ description: 'Days until the key stops working; never when absent.', minimum: 1, maximum: 730 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  expiresInDays?: number;
}

export class CreateInvitationDto {
  @ApiProperty()
  @Transform(({ value }) => normalizeEmail(value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ enum: ['recruiter', 'admin'], default: 'recruiter' })
  @IsOptional()
  @IsIn(['recruiter', 'admin'])
  role?: 'recruiter' | 'admin';

  @ApiPropertyOptional({ description: 'The employer the recruiter posts for (or give employerName).' })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @ApiPropertyOptional({ description: 'Found or created by its normalised name when no employerId is given.' })
  @ValidateIf((o: CreateInvitationDto) => o.employerName !== undefined)
  @IsString()
  @Length(2, 200)
  employerName?: string;
}
