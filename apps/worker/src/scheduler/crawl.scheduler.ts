import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PostingRepository, SourceRepository } from '@app/db';
import { JobName, QueueName, QueueProducer, crawlSourceJobId } from '@app/queue';
import { SourcesFileService } from './sources-file.service';

/**
 * Only enqueues (STYLE.md): every tick, claims the due sources in the database (a claim moves the
 * source's next run one interval ahead, so concurrent schedulers never claim it twice) and adds
 * one CrawlSource job each, with an id per claim as a second guard. Also expires postings past
 * their validThrough.
 */
@Injectable()
export class CrawlScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(CrawlScheduler.name);
  private ticking = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly sources: SourceRepository,
    private readonly postings: PostingRepository,
    private readonly producer: QueueProducer,
    private readonly sourcesFile: SourcesFileService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SCHEDULER_ENABLED) return;
    await this.sourcesFile.syncAndWatch();
    this.registry.addInterval('crawl-scheduler', setInterval(() => void this.tick(), this.config.SCHEDULER_TICK_MS));
    void this.tick();
  }

  async tick(now: Date = new Date()): Promise<number> {
    if (this.ticking) return 0;
    this.ticking = true;
    try {
      const due = await this.sources.claimDue(now);
      for (const source of due) {
        try {
          await this.producer.add(QueueName.Crawl, JobName.CrawlSource, { sourceId: source.id, trigger: 'schedule' }, { jobId: crawlSourceJobId(source.id, source.slot) });
          this.logger.log({ msg: 'crawl enqueued', sourceId: source.id, source: source.name });
        } catch (err) {
          // Not enqueued: give the claim back so the next tick tries again instead of waiting an interval.
          await this.sources.makeDue(source.id);
          throw err;
        }
      }
      const expired = await this.postings.expirePast(now);
      if (expired) this.logger.log({ msg: 'postings expired', count: expired });
      return due.length;
    } catch (err) {
      // A tick that fails (database or Redis down) is simply tried again at the next one.
      this.logger.error({ msg: 'scheduler tick failed', error: (err as Error).message });
      return 0;
    } finally {
      this.ticking = false;
    }
  }
}
