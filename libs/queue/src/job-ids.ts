import { createHash } from 'node:crypto';

// BullMQ refuses custom job ids that contain ':' or are made of digits only; every id here
// starts with a letter and uses '-' as separator.

function digest(value: string): string {
  return createHash('sha1').update(value).digest('hex').slice(0, 20);
}

/** One CrawlSource job per source and schedule slot, however many schedulers tick at once. */
export function crawlSourceJobId(sourceId: string, slot: number | string): string {
  return `crawl-source-${sourceId}-${slot}`;
}

/** A URL is crawled once per run, however many pages link to it. */
export function crawlPageJobId(runId: string, url: string): string {
  return `crawl-page-${runId}-${digest(url)}`;
}

export function finishRunJobId(runId: string): string {
  return `finish-run-${runId}`;
}

/** A posting is normalised once per run, however many pages carry it. */
export function normalizeJobId(sourceId: string, runId: string | undefined, externalId: string): string {
  return `normalize-${sourceId}-${runId ?? 'direct'}-${digest(externalId)}`;
}
