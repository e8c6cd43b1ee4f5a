import type { RawPosting } from '@app/postings';
import { JobName, QueueName } from './queue-names';

export interface CrawlSourcePayload {
  sourceId: string;
  /** Why the run started: the scheduler's slot or an operator's request. */
  trigger: 'schedule' | 'manual';
}

export interface CrawlPagePayload {
  sourceId: string;
  runId: string;
  url: string;
  role: string;
  accept?: string;
  meta?: Record<string, string | number | boolean>;
  /** How many pages deep from the entry URL: bounds a run that a source would make endless. */
  depth: number;
}

export interface FinishCrawlRunPayload {
  sourceId: string;
  runId: string;
}

export interface NormalizePostingPayload {
  sourceId: string;
  /** Absent for recruiter postings. */
  runId?: string;
  raw: RawPosting;
}

/** The one map of queue → job name → payload: enqueueing a wrong payload does not compile. */
export interface JobPayloads {
  [QueueName.Crawl]: {
    [JobName.CrawlSource]: CrawlSourcePayload;
    [JobName.CrawlPage]: CrawlPagePayload;
    [JobName.FinishCrawlRun]: FinishCrawlRunPayload;
  };
  [QueueName.Normalize]: {
    [JobName.NormalizePosting]: NormalizePostingPayload;
  };
}

export type JobNameOf<Q extends QueueName> = keyof JobPayloads[Q] & JobName;
export type PayloadOf<Q extends QueueName, N extends JobNameOf<Q>> = JobPayloads[Q][N];
