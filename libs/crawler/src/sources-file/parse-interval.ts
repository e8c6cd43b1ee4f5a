const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Shortest interval a source may have: more often is not polite to anyone's job board. */
export const MIN_INTERVAL_SECONDS = 60;

/** Longest interval: a source crawled less than yearly is not a source. */
export const MAX_INTERVAL_SECONDS = 366 * 86400;

/** "15m", "2h", "1d", "90s" → seconds; null when malformed or longer than MAX_INTERVAL_SECONDS. */
export function parseInterval(value: string): number | null {
  const m = /^\s*(\d{1,6})\s*([smhd])\s*$/i.exec(value);
  if (!m) return null;
  const seconds = Number(m[1]) * UNITS[m[2].toLowerCase()];
  return seconds <= MAX_INTERVAL_SECONDS ? seconds : null;
}
