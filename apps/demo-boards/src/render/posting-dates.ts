import type { DemoPosting } from '../data/posting.types';

const DAY_MS = 86_400_000;

export interface PostingDates {
  posted: Date;
  validThrough: Date;
  expired: boolean;
}

/**
 * Dates hang off the server's clock at whole days, so the demo never shows stale postings
 * and a page's bytes (and its ETag) stay the same for the whole day.
 */
export function postingDates(posting: DemoPosting, now: Date): PostingDates {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const posted = new Date(today - posting.postedDaysAgo * DAY_MS + 9 * 3_600_000);
  const validThrough = new Date(today + posting.closesInDays * DAY_MS + DAY_MS - 1000);
  return { posted, validThrough, expired: validThrough.getTime() < now.getTime() };
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
/** ISO 8601 without milliseconds, as most career sites print it. */
export const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
