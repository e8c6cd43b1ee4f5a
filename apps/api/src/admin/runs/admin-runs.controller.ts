import { BadRequestException, Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequireAuth } from '../../auth/auth.decorators';
import { uuidParam } from '../../auth/id-param.pipe';
import { AdminSourceRepository } from '@app/db';
import { runView } from '../sources/source-view';
import { ListRunsQueryDto } from './dto/list-runs-query.dto';
import { decodeRunCursor, encodeRunCursor } from './run-cursor';

@ApiTags('admin')
@Controller('api/admin/runs')
@RequireAuth({ roles: ['admin'] })
export class AdminRunsController {
  constructor(private readonly sources: AdminSourceRepository) {}

  @Get()
  @ApiOkResponse({ description: 'Crawl runs, newest first: status, page and posting counts, duration, first errors.' })
  async list(@Query() query: ListRunsQueryDto) {
    const before = query.cursor ? decodeRunCursor(query.cursor) : undefined;
    if (before === null) throw new BadRequestException({ statusCode: 400, message: 'cursor is not one this API gave', parameters: ['cursor'] });
    const limit = query.limit ?? 50;
    const runs = await this.sources.listRuns({ sourceId: query.sourceId, status: query.status, before, limit });
    const last = runs.length === limit ? runs[runs.length - 1] : undefined;
    return { runs: runs.map(runView), nextCursor: last ? encodeRunCursor(last.startedAt, last.id) : null };
  }

  @Get(':id')
  async get(@Param('id', uuidParam()) id: string) {
    const run = await this.sources.findRun(id);
    if (!run) throw new NotFoundException({ statusCode: 404, message: `no crawl run ${id}` });
    return runView(run);
  }
}
