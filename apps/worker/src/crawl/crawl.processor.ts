import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { MetricsTime, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobName, QueueName } from '@app/queue';
import { CrawlRunService } from './crawl-run.service';
import { CrawlPageService } from './crawl-page.service';
import { crawlBackoff } from './crawl-backoff';

/** Thin: routes each job of the crawl queue to the service that owns it. */
// metrics: BullMQ keeps completed/failed counts per minute, which queue health reads for throughput.
@Processor(QueueName.Crawl, { settings: { backoffStrategy: crawlBackoff }, metrics: { maxDataPoints: MetricsTime.ONE_WEEK } })
export class CrawlProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runs: CrawlRunService,
    private readonly pages: CrawlPageService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Concurrency comes from the validated config, which decorators must not read.
    this.worker.concurrency = this.config.CRAWL_CONCURRENCY;
  }

  async process(job: Job, token?: string): Promise<unknown> {
    switch (job.name) {
      case JobName.CrawlSource:
        return this.runs.start(job);
      case JobName.CrawlPage:
        return this.pages.crawl(job, token);
      case JobName.FinishCrawlRun:
        return this.runs.finish(job);
      default:
        throw new Error(`unknown job ${job.name} on the crawl queue`);
    }
  }
}
