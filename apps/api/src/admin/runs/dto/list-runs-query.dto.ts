import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CursorPageQueryDto } from '../../../pagination/cursor-page-query.dto';

export const RUN_STATUSES = ['running', 'succeeded', 'partial', 'failed'] as const;

export class ListRunsQueryDto extends CursorPageQueryDto(200) {
  @ApiPropertyOptional({ description: 'Only runs of this source.' })
  @IsOptional()
  @IsUUID()
  sourceId?: string;

  @ApiPropertyOptional({ enum: RUN_STATUSES })
  @IsOptional()
  @IsIn(RUN_STATUSES, { message: `status must be one of ${RUN_STATUSES.join(', ')}` })
  status?: (typeof RUN_STATUSES)[number];
}
