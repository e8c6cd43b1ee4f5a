import { Injectable } from '@nestjs/common';
import { ALL_QUEUES, type QueueHealthReport } from '@app/queue';
import type { HostHealth } from '../hosts/host-health';
import { HostHealthService } from '../hosts/host-health.service';
import type { FailedJobView } from '../queues/failed-job.view';
import { AdminQueuesService } from '../queues/admin-queues.service';
import { AdminSourcesService } from '../sources/admin-sources.service';
import type { SourceView } from '../sources/source-view';

const RECENT_FAILED_PER_QUEUE = 10;

/** A section that could not be read says why instead of taking the whole page down. */
export type Section<T> = { ok: true; value: T } | { ok: false; error: string };

export interface DashboardData {
  at: Date;
  queues: QueueHealthReport[];
  failed: Section<FailedJobView[]>;
  sources: Section<SourceView[]>;
  hosts: Section<HostHealth[]>;
}

async function section<T>(work: () => Promise<T>): Promise<Section<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly queues: AdminQueuesService,
    private readonly sources: AdminSourcesService,
    private readonly hosts: HostHealthService,
  ) {}

  async read(): Promise<DashboardData> {
    const queues = await this.queues.reportAll();
    const reachable = queues.every((q) => q.reachable);
    const [failed, sources, hosts] = await Promise.all([
      // With Redis down, failed jobs cannot be listed: say so at once rather than wait for a timeout.
      reachable
        ? section(async () => {
            const lists = await Promise.all(ALL_QUEUES.map((q) => this.queues.listFailed(q, 0, RECENT_FAILED_PER_QUEUE)));
            return lists.flatMap((l) => l.jobs).sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? ''));
          })
        : Promise.resolve<Section<FailedJobView[]>>({ ok: false, error: 'Redis is unreachable' }),
      section(() => this.sources.list()),
      reachable ? section(() => this.hosts.report()) : Promise.resolve<Section<HostHealth[]>>({ ok: false, error: 'Redis is unreachable' }),
    ]);
    return { at: new Date(), queues, failed, sources, hosts };
  }
}
