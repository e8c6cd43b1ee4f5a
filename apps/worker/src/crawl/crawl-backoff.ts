import { TransientFetchError } from '@app/crawler';

/** Longest wait a server's Retry-After may impose on one job before we retry anyway. */
const MAX_RETRY_AFTER_MS = 10 * 60_000;
const BASE_DELAY_MS = 1000;

/**
 * Backoff of crawl jobs: the server's Retry-After when it gave one (429/503), else exponential
 * with full jitter so that the pages of one outage do not all return at the same moment.
 */
export function crawlBackoff(attemptsMade: number, _type?: string, err?: Error): number {
  return crawlBackoffWith(Math.random, attemptsMade, err);
}

export function crawlBackoffWith(random: () => number, attemptsMade: number, err?: Error): number {
  if (err instanceof TransientFetchError && err.retryAfterMs !== undefined) {
    return Math.min(Math.max(err.retryAfterMs, 0), MAX_RETRY_AFTER_MS);
  }
  const ceiling = BASE_DELAY_MS * 2 ** Math.max(attemptsMade - 1, 0);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
