import { createHash } from 'node:crypto';

/**
 * The run id is derived from the CrawlSource job id, so a retried or re-delivered job (a worker
 * killed mid-job) finds the run its first attempt created instead of starting a second one.
 */
export function runIdForJob(jobId: string): string {
  const h = createHash('sha256').update(`crawl-run:${jobId}`).digest('hex');
  // Shaped as a version-5-style UUID so PostgreSQL's uuid type accepts it.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
