import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { CursorPageQueryDto } from '../../pagination/cursor-page-query.dto';

export class ListAuditLogQueryDto extends CursorPageQueryDto(200) {
  @ApiPropertyOptional({ description: 'Only entries by this account.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'posting' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: 'entityType must be a lower-case word such as posting' })
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @ApiPropertyOptional({ example: 'posting.close' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}\.[a-z_]{1,40}$/, { message: 'action must look like posting.close' })
  action?: string;
}
