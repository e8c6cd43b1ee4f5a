import { JobName } from '@app/queue';
import type { PageOutcome, PostingOutcome, RunStatus } from '@app/metrics';

export type CrawlCount =
  | { metric: 'page'; outcome: PageOutcome }
  | { metric: 'postings'; outcome: PostingOutcome; count: number }
  | { metric: 'run'; status: RunStatus };

const PAGE_OUTCOMES: Record<string, PageOutcome> = { fetched: 'fetched', 'not-modified': 'not_modified', skipped: 'skipped' };
const POSTING_OUTCOMES = new Set<PostingOutcome>(['new', 'merged', 'updated', 'unchanged']);
const RUN_STATUSES = new Set<RunStatus>(['succeeded', 'partial', 'failed']);

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * What a finished job adds to the crawl counters, read from the small result each processor
 * returns. Results come back from Redis, so nothing about their shape is taken for granted.
 */
export function crawlCountsOfCompleted(jobName: string, data: unknown, result: unknown): CrawlCount[] {
  switch (jobName) {
    case JobName.CrawlPage: {
      const outcome = PAGE_OUTCOMES[String(field(result, 'outcome'))];
      return outcome ? [{ metric: 'page', outcome }] : [];
    }
    case JobName.NormalizePosting: {
      // Recruiter postings (no run) are not crawled.
      const outcome = field(result, 'outcome') as PostingOutcome;
      return field(data, 'runId') && POSTING_OUTCOMES.has(outcome) ? [{ metric: 'postings', outcome, count: 1 }] : [];
    }
    case JobName.FinishCrawlRun: {
      const status = field(result, 'status') as RunStatus;
      if (!RUN_STATUSES.has(status)) return [];
      const closed = Number(field(result, 'closed'));
      return [{ metric: 'run', status }, ...(closed > 0 ? [{ metric: 'postings' as const, outcome: 'closed' as const, count: closed }] : [])];
    }
    default:
      return [];
  }
}

/** A page whose job failed for good counts as a failed page. */
export function crawlCountsOfFailed(jobName: string, final: boolean): CrawlCount[] {
  return final && jobName === JobName.CrawlPage ? [{ metric: 'page', outcome: 'failed' }] : [];
}

export function sourceIdOf(data: unknown): string | undefined {
  const id = field(data, 'sourceId');
  return typeof id === 'string' ? id : undefined;
}
