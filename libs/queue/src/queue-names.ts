import type { JobsOptions } from 'bullmq';

/**
 * Queue names. FROZEN: renaming one strands every job already in Redis under the old name.
 * Add new names; never rename or reuse one.
 */
export enum QueueName {
  Crawl = 'crawl',
  Normalize = 'normalize',
}

export const ALL_QUEUES: readonly QueueName[] = [QueueName.Crawl, QueueName.Normalize];

/** Job names, VerbNoun (STYLE.md). */
export enum JobName {
  /** Starts one crawl run of a source: creates the run and its flow of page jobs. */
  CrawlSource = 'CrawlSource',
  /** Fetches and parses one page of a run; adds further pages and postings to the run. */
  CrawlPage = 'CrawlPage',
  /** Parent of every job of a run: runs once all of them are done; closes what the source stopped listing. */
  FinishCrawlRun = 'FinishCrawlRun',
  /** Tags a raw posting and stores it. */
  NormalizePosting = 'NormalizePosting',
}

/**
 * Defaults per queue. Failed jobs are kept (removeOnFail: false) so admins can see and retry them;
 * completed ones are trimmed. Backoff is exponential with jitter so that retries of many jobs that
 * failed together (a host outage) do not come back in lock-step.
 */
export const DEFAULT_JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  [QueueName.Crawl]: {
    attempts: 5,
    // 'custom': the crawl worker's backoffStrategy obeys a server's Retry-After, else backs off
    // exponentially with jitter.
    backoff: { type: 'custom' },
    removeOnComplete: { age: 24 * 3600, count: 5000 },
    removeOnFail: false,
  },
  [QueueName.Normalize]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
    removeOnComplete: { age: 3600, count: 10000 },
    removeOnFail: false,
  },
};
