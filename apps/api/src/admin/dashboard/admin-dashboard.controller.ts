import { Controller, Get, HttpException, Inject, NotFoundException, Param, Post, Query, Req, Res, SetMetadata, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { QueueName } from '@app/queue';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import { ROLES_METADATA } from '../../auth/auth.metadata';
import { uuidParam } from '../../auth/id-param.pipe';
import type { Principal } from '../../auth/principal';
import { csrfToken } from '../../auth/web/web-cookies';
import { WebErrorFilter } from '../../auth/web/web-error.filter';
import { WebSessionGuard } from '../../auth/web/web-session.guard';
import { AdminQueuesService } from '../queues/admin-queues.service';
import { JobIdPipe, QueueNamePipe } from '../queues/queue-params';
import { AdminSourcesService } from '../sources/admin-sources.service';
import { sendAdminPage } from './admin-page';
import { dashboardAsset } from './dashboard-assets';
import { dashboardPage, NOTICES, PROBLEMS, type NoticeKey, type ProblemKey } from './dashboard.page';
import { DashboardService } from './dashboard.service';

function problemOf(err: unknown): ProblemKey {
  if (!(err instanceof HttpException)) throw err;
  const status = err.getStatus();
  if (status === 404) return 'gone';
  if (status === 409) return 'conflict';
  if (status === 503) return 'unavailable';
  throw err;
}

/**
 * The admin dashboard (server-rendered, admin web session) and its form actions. Actions go
 * through the same services as the admin API, so they are audited the same way, and answer with
 * a redirect back to the dashboard (post/redirect/get).
 */
@ApiExcludeController()
@Controller('admin')
@UseFilters(WebErrorFilter)
export class AdminDashboardController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dashboard: DashboardService,
    private readonly queues: AdminQueuesService,
    private readonly sources: AdminSourcesService,
  ) {}

  @Get()
  @UseGuards(WebSessionGuard)
  @SetMetadata(ROLES_METADATA, ['admin'])
  async page(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response, @Query('notice') notice: unknown, @Query('problem') problem: unknown): Promise<void> {
    const data = await this.dashboard.read();
    const message = {
      notice: typeof notice === 'string' && Object.hasOwn(NOTICES, notice) ? (notice as NoticeKey) : undefined,
      problem: typeof problem === 'string' && Object.hasOwn(PROBLEMS, problem) ? (problem as ProblemKey) : undefined,
    };
    sendAdminPage(res, 200, dashboardPage({ email: principal.email, csrf: csrfToken(req, res, this.config) }, data, message));
  }

  /** The chart library and the page's script: public files, no session needed. */
  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() res: Response): void {
    const asset = dashboardAsset(name);
    if (!asset) throw new NotFoundException({ statusCode: 404, message: 'no such asset' });
    res.status(200).set({ 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' }).send(asset.body);
  }

  @Post('actions/queues/:queue/:action')
  @UseGuards(WebSessionGuard)
  @SetMetadata(ROLES_METADATA, ['admin'])
  async queueAction(@Param('queue', QueueNamePipe) queue: QueueName, @Param('action') action: string, @CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = { principal, ip: req.ip };
    const run: Record<string, () => Promise<unknown>> = {
      pause: () => this.queues.pause(queue, actor),
      resume: () => this.queues.resume(queue, actor),
      'retry-failed': () => this.queues.retryAll(queue, actor),
    };
    const notices: Record<string, NoticeKey> = { pause: 'paused', resume: 'resumed', 'retry-failed': 'retried-all' };
    if (!Object.hasOwn(run, action)) throw new NotFoundException({ statusCode: 404, message: `no queue action "${action.slice(0, 40)}"` });
    await this.act(res, run[action], notices[action]);
  }

  @Post('actions/jobs/:queue/:jobId/:action')
  @UseGuards(WebSessionGuard)
  @SetMetadata(ROLES_METADATA, ['admin'])
  async jobAction(
    @Param('queue', QueueNamePipe) queue: QueueName,
    @Param('jobId', JobIdPipe) jobId: string,
    @Param('action') action: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const actor = { principal, ip: req.ip };
    if (action === 'retry') return this.act(res, () => this.queues.retry(queue, jobId, actor), 'retried');
    if (action === 'remove') return this.act(res, () => this.queues.remove(queue, jobId, actor), 'removed');
    throw new NotFoundException({ statusCode: 404, message: `no job action "${action.slice(0, 40)}"` });
  }

  @Post('actions/sources/:id/crawl')
  @UseGuards(WebSessionGuard)
  @SetMetadata(ROLES_METADATA, ['admin'])
  async crawlNow(@Param('id', uuidParam()) id: string, @CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.act(res, () => this.sources.crawlNow(id, { principal, ip: req.ip }), 'crawl-queued');
  }

  private async act(res: Response, action: () => Promise<unknown>, notice: NoticeKey): Promise<void> {
    try {
      await action();
      res.redirect(303, `/admin?notice=${notice}`);
    } catch (err) {
      res.redirect(303, `/admin?problem=${problemOf(err)}`);
    }
  }
}
