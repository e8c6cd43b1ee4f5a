import type { RawPosting } from '@app/postings';
import { readText } from './payload-fields';

type RemoteHint = NonNullable<RawPosting['remote']>;

/** A vendor's workplace type ("remote", "Hybrid", "on-site", "OnSite", "on_site") as a hint. */
export function workplaceHint(value: unknown): RemoteHint | undefined {
  const text = readText(value)?.toLowerCase().replace(/[\s_-]+/g, '');
  if (!text) return undefined;
  if (text === 'remote' || text === 'fullyremote' || text === 'telecommute') return 'remote';
  if (text === 'hybrid') return 'hybrid';
  if (text === 'onsite' || text === 'inoffice' || text === 'office') return 'onsite';
  return undefined;
}

/**
 * A salary period in the taxonomy's words (hour, day, week, month, year) when recognisable:
 * "per-year-salary" (Lever), "1 YEAR" (Ashby), "yearly" (Personio), "month" (Recruitee).
 * Anything else is kept as written.
 */
export function salaryPeriod(value: unknown): string | undefined {
  const text = readText(value);
  if (!text) return undefined;
  const lower = text.toLowerCase();
  if (lower.includes('year') || lower.includes('annual')) return 'year';
  if (lower.includes('month')) return 'month';
  if (lower.includes('week')) return 'week';
  if (lower.includes('hour')) return 'hour';
  if (lower.includes('day') || lower.includes('daily')) return 'day';
  return text;
}

/** Epoch milliseconds (Lever's createdAt) as an ISO date-time. */
export function epochMsToIso(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * Vendor timestamps as ISO 8601 when they can be read: Recruitee's "2026-08-05 10:10:39 UTC",
 * RSS's "Tue, 11 Aug 2026 07:30:41 +0000". ISO input and unreadable text are kept as written.
 */
export function vendorDateToIso(value: unknown): string | undefined {
  const text = readText(value);
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return text;
  const utcSuffix = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?) UTC$/.exec(text);
  if (utcSuffix) return `${utcSuffix[1]}T${utcSuffix[2]}Z`;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? text : new Date(parsed).toISOString();
}
