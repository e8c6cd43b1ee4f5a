/** BullMQ's per-queue metrics as `Queue.getMetrics()` returns them. */
export interface BullMetrics {
  meta: { count: number; prevTS: number; prevCount: number };
  /** Newest first. */
  data: number[];
}

export const MINUTE_MS = 60_000;

/**
 * Per-minute counts for the `minutes` minutes that end with the current one, oldest first.
 *
 * BullMQ only writes a data point when a job finishes in a later minute than the previous one:
 * the minute of `meta.prevTS` is still open and its count is `count - prevCount`; `data[i]` is
 * the minute `i + 1` before it; minutes after `prevTS` had no job at all.
 */
export function minuteSeries(metrics: BullMetrics, now: number, minutes: number): number[] {
  const out = new Array<number>(minutes).fill(0);
  const { count, prevTS, prevCount } = metrics.meta;
  if (!prevTS) return out;
  const nowMinute = Math.floor(now / MINUTE_MS);
  const openMinute = Math.floor(prevTS / MINUTE_MS);
  for (let i = 0; i < minutes; i += 1) {
    const minute = nowMinute - (minutes - 1 - i);
    if (minute === openMinute) out[i] = Math.max(0, count - prevCount);
    else if (minute < openMinute) out[i] = metrics.data[openMinute - 1 - minute] ?? 0;
  }
  return out;
}

/** Start of the first minute of a `minuteSeries(…, now, minutes)`. */
export function seriesStart(now: number, minutes: number): number {
  return (Math.floor(now / MINUTE_MS) - (minutes - 1)) * MINUTE_MS;
}
