import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/**
 * `limit` and `cursor` of a keyset-paged list, for query DTOs to extend:
 * `class ListRunsQueryDto extends CursorPageQueryDto(200) { ... }`.
 */
export function CursorPageQueryDto(maxLimit: number, defaultLimit = 50) {
  class CursorPageQuery {
    @ApiPropertyOptional({ minimum: 1, maximum: maxLimit, default: defaultLimit })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxLimit)
    limit?: number;

    @ApiPropertyOptional({ description: 'nextCursor of the previous page.' })
    @IsOptional()
    @IsString()
    @Length(1, 200)
    cursor?: string;
  }
  return CursorPageQuery;
}
