import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ROLES, type Role } from '@app/taxonomy';

const toArray = ({ value }: { value: unknown }) => (value === undefined ? undefined : (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim()).filter(Boolean));

export const MAX_PAGE_SIZE = 100;

/** Query of GET /api/jobs. Unknown parameters are refused by the global ValidationPipe. */
export class ListPostingsQueryDto {
  @ApiPropertyOptional({ enum: ROLES, isArray: true, description: 'One or more role types (repeat or comma-separate).' })
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: `role must be one of: ${ROLES.join(', ')}` })
  role?: Role[];

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page\'s `nextCursor`.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
