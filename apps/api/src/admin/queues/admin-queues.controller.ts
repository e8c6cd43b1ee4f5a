import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { QueueName } from '@app/queue';
import { CurrentPrincipal, RequireAuth } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { AdminQueuesService } from './admin-queues.service';
import { ListFailedJobsQueryDto } from './dto/list-failed-jobs-query.dto';
import { JobIdPipe, QueueNamePipe } from './queue-params';

@ApiTags('admin')
@Controller('api/admin/queues')
@RequireAuth({ roles: ['admin'] })
export class AdminQueuesController {
  constructor(private readonly queues: AdminQueuesService) {}

  @Get()
  @ApiOkResponse({ description: 'Every queue: counts per state, workers, throughput per minute over the last hour, oldest waiting job, paused, and a verdict with its reasons.' })
  async list() {
    return { queues: await this.queues.reportAll() };
  }

  @Get(':queue')
  @ApiNotFoundResponse({ description: 'No queue of that name.' })
  one(@Param('queue', QueueNamePipe) queue: QueueName) {
    return this.queues.report(queue);
  }

  @Get(':queue/failed')
  @ApiOkResponse({ description: 'Failed jobs, newest first: reason, stack traces, payload, attempts.' })
  async failed(@Param('queue', QueueNamePipe) queue: QueueName, @Query() query: ListFailedJobsQueryDto) {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 20;
    return { queue, offset, limit, ...(await this.queues.listFailed(queue, offset, limit)) };
  }

  @Get(':queue/failed/:jobId')
  failedOne(@Param('queue', QueueNamePipe) queue: QueueName, @Param('jobId', JobIdPipe) jobId: string) {
    return this.queues.getFailed(queue, jobId);
  }

  @Post(':queue/failed/retry')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Every failed job of the queue is moved back to waiting.' })
  retryAll(@Param('queue', QueueNamePipe) queue: QueueName, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    return this.queues.retryAll(queue, { principal, ip: req.ip });
  }

  @Post(':queue/failed/:jobId/retry')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The job is not failed.' })
  retry(@Param('queue', QueueNamePipe) queue: QueueName, @Param('jobId', JobIdPipe) jobId: string, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    return this.queues.retry(queue, jobId, { principal, ip: req.ip });
  }

  @Delete(':queue/failed/:jobId')
  @ApiConflictResponse({ description: 'The job is not failed.' })
  remove(@Param('queue', QueueNamePipe) queue: QueueName, @Param('jobId', JobIdPipe) jobId: string, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    return this.queues.remove(queue, jobId, { principal, ip: req.ip });
  }

  @Post(':queue/pause')
  @HttpCode(200)
  pause(@Param('queue', QueueNamePipe) queue: QueueName, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    return this.queues.pause(queue, { principal, ip: req.ip });
  }

  @Post(':queue/resume')
  @HttpCode(200)
  resume(@Param('queue', QueueNamePipe) queue: QueueName, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    return this.queues.resume(queue, { principal, ip: req.ip });
  }
}
