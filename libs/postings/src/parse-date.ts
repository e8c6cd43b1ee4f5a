/** An ISO-ish date from a feed, or null when absent, unparsable or absurd (before 2000 or over 5 years ahead). */
export function parseFeedDate(value: string | number | undefined | null, now = Date.now()): Date | null {
  if (value === undefined || value === null || value === '') return null;
  const date = typeof value === 'number' ? new Date(value) : new Date(String(value).trim());
  const t = date.getTime();
  if (Number.isNaN(t)) return null;
  if (t < Date.UTC(2000, 0, 1) || t > now + 5 * 365 * 24 * 3600 * 1000) return null;
  return date;
}
