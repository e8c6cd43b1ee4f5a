import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { QueueEvents } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { RawPosting } from '@app/postings';
import { JobName, QueueName, QueueProducer, redisOptionsFromUrl } from '@app/queue';

/** How a normalisation ended within the wait: stored, still going (or retrying), or failed for good. */
export type NormalizeWait = 'stored' | 'pending' | 'failed';

/** One job per posting and revision: a retried request re-adds the same id (a no-op), an edit gets a new one. */
export function recruiterNormalizeJobId(recruiterPostingId: string, revision: number): string {
  return `recruiter-posting-${recruiterPostingId}-r${revision}`;
}

/**
 * Sends recruiter postings through the same normalize queue as crawled ones, and waits (bounded
 * by RECRUITER_NORMALIZE_WAIT_MS) for the worker to store them, so that the answer can carry the
 * tags. Past the wait the job goes on; the caller answers 202 and the posting shows as pending.
 */
@Injectable()
export class PostingNormalizer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PostingNormalizer.name);
  private events!: QueueEvents;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly producer: QueueProducer,
  ) {}

  async onModuleInit(): Promise<void> {
    this.events = new QueueEvents(QueueName.Normalize, { connection: redisOptionsFromUrl(this.config.REDIS_URL), prefix: this.config.QUEUE_PREFIX });
    await this.events.waitUntilReady();
  }

  async onModuleDestroy(): Promise<void> {
    await this.events?.close();
  }

  async submit(sourceId: string, raw: RawPosting, revision: number): Promise<NormalizeWait> {
    const jobId = recruiterNormalizeJobId(raw.externalId, revision);
    const job = await this.producer.add(QueueName.Normalize, JobName.NormalizePosting, { sourceId, raw }, { jobId });
    return this.wait(jobId, () => job.waitUntilFinished(this.events, this.config.RECRUITER_NORMALIZE_WAIT_MS));
  }

  /**
   * Before a close: a job of this revision that has not started is removed (it would reopen the
   * posting), one that is running is waited for.
   */
  async settle(recruiterPostingId: string, revision: number): Promise<void> {
    const jobId = recruiterNormalizeJobId(recruiterPostingId, revision);
    const job = await this.producer.queue(QueueName.Normalize).getJob(jobId);
    if (!job) return;
    const state = await job.getState();
    if (state === 'waiting' || state === 'delayed' || state === 'prioritized') {
      try {
        await job.remove();
        return;
      } catch {
        // Taken by a worker meanwhile: wait for it below.
      }
    }
    if (state !== 'completed' && state !== 'failed') await this.wait(jobId, () => job.waitUntilFinished(this.events, this.config.RECRUITER_NORMALIZE_WAIT_MS));
  }

  private async wait(jobId: string, finished: () => Promise<unknown>): Promise<NormalizeWait> {
    if (this.config.RECRUITER_NORMALIZE_WAIT_MS === 0) return 'pending';
    try {
      await finished();
      return 'stored';
    } catch (err) {
      const message = (err as Error).message ?? '';
      if (/timed out/i.test(message)) return 'pending';
      // Failed for good (retries exhausted, or refused as invalid): kept in the failed set for admins.
      this.logger.error({ msg: 'recruiter posting not normalised', jobId, error: message });
      return 'failed';
    }
  }
}
