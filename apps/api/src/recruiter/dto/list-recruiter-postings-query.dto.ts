import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CursorPageQueryDto } from '../../pagination/cursor-page-query.dto';

export class ListRecruiterPostingsQueryDto extends CursorPageQueryDto(100) {
  @ApiPropertyOptional({ description: 'Admins: only this employer\'s postings. Recruiters always see their own employer\'s.' })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}
