import { Module } from '@nestjs/common';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { ALL_QUEUES } from '@app/queue';
import { AdminBoardAuthMiddleware } from './board/admin-board-auth.middleware';
import { AdminDashboardController } from './dashboard/admin-dashboard.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { AdminHostsController } from './hosts/admin-hosts.controller';
import { HostHealthMetricsService } from './hosts/host-health-metrics.service';
import { HostHealthService } from './hosts/host-health.service';
import { AdminQueuesController } from './queues/admin-queues.controller';
import { AdminQueuesService } from './queues/admin-queues.service';
import { AdminRunsController } from './runs/admin-runs.controller';
import { AdminSourcesController } from './sources/admin-sources.controller';
import { AdminSourcesService } from './sources/admin-sources.service';
import { SourceCheckService } from './sources/source-check.service';

/**
 * The operator's cockpit: queue health and actions, crawl sources and runs, per-host health, the
 * dashboard page, and Bull Board under /admin/queues. Everything is for admins only; every action
 * is audited. Needs AuthModule, AuditModule, QueueModule and MetricsModule (all global).
 */
@Module({
  imports: [
    BullBoardModule.forRoot({
      route: '/admin/queues',
      adapter: ExpressAdapter,
      middleware: AdminBoardAuthMiddleware,
      boardOptions: { uiConfig: { boardTitle: 'Frontline queues' } },
    }),
    BullBoardModule.forFeature(...ALL_QUEUES.map((name) => ({ name, adapter: BullMQAdapter }))),
  ],
  controllers: [AdminQueuesController, AdminSourcesController, AdminRunsController, AdminHostsController, AdminDashboardController],
  providers: [
    AdminQueuesService,
    AdminSourcesService,
    SourceCheckService,
    HostHealthService,
    HostHealthMetricsService,
    DashboardService,
  ],
})
export class AdminModule {}
