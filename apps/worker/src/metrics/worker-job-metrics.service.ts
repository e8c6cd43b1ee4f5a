import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { MetricsTime, type Job, type Worker } from 'bullmq';
import { CrawlMetrics, JobMetrics } from '@app/metrics';
import { ioredisOf, QueueHealthService } from '@app/queue';
import { crawlCountsOfCompleted, crawlCountsOfFailed, sourceIdOf, type CrawlCount } from './crawl-outcomes';
import { SourceNamesService } from './source-names.service';

export const JOB_METRICS = Symbol('JOB_METRICS');
export const CRAWL_METRICS = Symbol('CRAWL_METRICS');

function attemptSeconds(job: Job): number | undefined {
  if (!job.processedOn) return undefined;
  return Math.max(0, ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000);
}

/**
 * Listens to every BullMQ worker of this process: job counters and durations, crawl counters per
 * source, and stalls (counted, and logged in Redis for queue health). Worker events rather than
 * QueueEvents, so that each job is counted once, by the process that ran it.
 */
@Injectable()
export class WorkerJobMetricsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerJobMetricsService.name);

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(JOB_METRICS) private readonly jobs: JobMetrics,
    @Inject(CRAWL_METRICS) private readonly crawl: CrawlMetrics,
    private readonly sourceNames: SourceNamesService,
    private readonly health: QueueHealthService,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!(instance instanceof WorkerHost)) continue;
      let worker: Worker | undefined;
      try {
        worker = instance.worker;
      } catch {
        // A processor whose worker was not started (none in this process) has nothing to watch.
      }
      if (worker) this.watch(worker);
    }
  }

  /** Also used by tests on a bare Worker. */
  watch(worker: Worker): void {
    // Per-minute completed/failed counts in Redis, read by queue health for throughput. Set here
    // so that every processor gets them; a processor's own setting wins.
    worker.opts.metrics ??= { maxDataPoints: MetricsTime.ONE_WEEK };
    const queue = worker.name;
    worker.on('completed', (job, result) => {
      this.jobs.jobCompleted(queue, job.name, attemptSeconds(job));
      void this.count(job, crawlCountsOfCompleted(job.name, job.data, result));
    });
    worker.on('failed', (job) => {
      if (!job) return;
      // BullMQ sets finishedOn only when the job moved to failed for good.
      const final = Boolean(job.finishedOn);
      this.jobs.jobFailed(queue, job.name, attemptSeconds(job), final);
      void this.count(job, crawlCountsOfFailed(job.name, final));
    });
    worker.on('stalled', (jobId) => {
      this.jobs.jobStalled(queue);
      this.logger.warn({ msg: 'job stalled: its worker stopped renewing the lock; it runs again', queue, jobId });
      void ioredisOf(worker)
        .then((client) => this.health.stalls.record(client, queue, jobId))
        .catch((err: Error) => this.logger.error({ msg: 'could not record a stalled job', queue, jobId, error: err.message }));
    });
  }

  private async count(job: Job, counts: CrawlCount[]): Promise<void> {
    const sourceId = sourceIdOf(job.data);
    if (counts.length === 0 || !sourceId) return;
    const source = await this.sourceNames.nameOf(sourceId);
    for (const c of counts) {
      if (c.metric === 'page') this.crawl.page(source, c.outcome);
      else if (c.metric === 'postings') this.crawl.postingsStored(source, c.outcome, c.count);
      else this.crawl.runFinished(source, c.status);
    }
  }
}
