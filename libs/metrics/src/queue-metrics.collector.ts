import { Inject, Injectable } from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import { HEALTH_VERDICTS, QUEUE_STATES, QueueHealthService, type QueueHealthReport } from '@app/queue';
import { METRICS_REGISTRY } from './metrics-registry';

/** A scrape reads every gauge at once; they share one read of the queues. */
const SNAPSHOT_TTL_MS = 1000;
/** Bounded so that a scrape during a Redis outage answers before Prometheus gives up. */
const READ_TIMEOUT_MS = 1500;

/**
 * Queue gauges read from Redis at scrape time: depth per state, workers, oldest waiting job,
 * paused, and the health verdict as a state set (`frontline_queue_health{verdict="failing"} == 1`
 * is an alert rule).
 */
@Injectable()
export class QueueMetricsCollector {
  private snapshot?: { at: number; reports: Promise<QueueHealthReport[]> };

  constructor(
    @Inject(METRICS_REGISTRY) registry: Registry,
    private readonly health: QueueHealthService,
  ) {
    const gauge = <L extends string>(name: string, help: string, labelNames: L[], fill: (g: Gauge<L>, reports: QueueHealthReport[]) => void) => {
      const g: Gauge<L> = new Gauge<L>({
        name,
        help,
        labelNames,
        registers: [registry],
        collect: async () => {
          const reports = await this.reports();
          g.reset();
          fill(g, reports);
        },
      });
    };

    gauge('frontline_queue_jobs', 'Jobs in a queue, by state.', ['queue', 'state'], (g, reports) => {
      for (const r of reports) if (r.counts) for (const state of QUEUE_STATES) g.set({ queue: r.queue, state }, r.counts[state]);
    });
    gauge('frontline_queue_workers', 'Workers connected to a queue.', ['queue'], (g, reports) => {
      for (const r of reports) if (r.workers !== null) g.set({ queue: r.queue }, r.workers);
    });
    gauge('frontline_queue_oldest_waiting_job_age_seconds', 'Age of the oldest job waiting to run (0 when none waits).', ['queue'], (g, reports) => {
      for (const r of reports) if (r.reachable) g.set({ queue: r.queue }, r.oldestWaitingAgeSeconds ?? 0);
    });
    gauge('frontline_queue_paused', '1 when an operator paused the queue.', ['queue'], (g, reports) => {
      for (const r of reports) if (r.paused !== null) g.set({ queue: r.queue }, r.paused ? 1 : 0);
    });
    gauge('frontline_queue_reachable', '1 when the queue could be read from Redis.', ['queue'], (g, reports) => {
      for (const r of reports) g.set({ queue: r.queue }, r.reachable ? 1 : 0);
    });
    gauge('frontline_queue_health', 'Queue health verdict: 1 for the current verdict, 0 for the others.', ['queue', 'verdict'], (g, reports) => {
      for (const r of reports) for (const verdict of HEALTH_VERDICTS) g.set({ queue: r.queue, verdict }, r.verdict === verdict ? 1 : 0);
    });
  }

  reports(now: number = Date.now()): Promise<QueueHealthReport[]> {
    if (!this.snapshot || now - this.snapshot.at > SNAPSHOT_TTL_MS) {
      this.snapshot = { at: now, reports: this.health.reportAll({ now, timeoutMs: READ_TIMEOUT_MS }) };
    }
    return this.snapshot.reports;
  }
}
