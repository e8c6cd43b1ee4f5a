import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import type { SourceKindName } from '@app/crawler';

export const CRAWLED_KINDS = ['jsonld', 'greenhouse', 'lever', 'smartrecruiters', 'personio', 'recruitee', 'workable', 'ashby', 'rss', 'html'] as const satisfies readonly SourceKindName[];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * A crawl source, as in sources.yaml. The strict pipe checks shapes; what each kind needs (an
 * entry URL, a board token, valid selectors) is checked by the kind's adapter and by a sample
 * fetch before anything is saved. On update, null clears an optional field.
 */
export class CreateSourceDto {
  @ApiProperty({ example: 'hilton-careers', description: 'Unique, kebab-case.' })
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'name must be kebab-case (a-z, 0-9, -)' })
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: CRAWLED_KINDS })
  @IsIn(CRAWLED_KINDS, { message: `kind must be one of ${CRAWLED_KINDS.join(', ')}` })
  kind!: SourceKindName;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Entry URL (jsonld, rss, html).', example: 'https://jobs.example.com/' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  url?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Board token / company slug (greenhouse, lever, ...).', example: 'hilton' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  board?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "Replaces the vendor API's scheme and host (path prefix allowed).", example: 'http://127.0.0.1:4000/greenhouse' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(/^https?:\/\/\S+$/i, { message: 'baseUrl must be an http(s) URL' })
  @MaxLength(2000)
  baseUrl?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Employer name to use when pages do not name one.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  employer?: string | null;

  @ApiPropertyOptional({ example: '6h', default: '6h', description: '15m, 2h, 1d ...; at least 1m.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  interval?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ type: Object, nullable: true, description: 'html only: item, link, next, fields { title, ... } (CSS selectors).' })
  @IsOptional()
  @IsObject()
  selectors?: Record<string, unknown> | null;
}

export class UpdateSourceDto extends PartialType(OmitType(CreateSourceDto, ['name'] as const)) {}
