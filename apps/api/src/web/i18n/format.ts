import type { UiLanguage } from './messages';

// Numbers, dates, country and language names in the reader's language, through Intl (Node ships
// full ICU), so that "Estonia" reads "Eesti" and "1 240" groups the way each language does.

const cache = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DisplayNames | Intl.DateTimeFormat>();

function memo<T extends Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DisplayNames | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function formatCount(lang: UiLanguage, n: number): string {
  return memo(`n:${lang}`, () => new Intl.NumberFormat(lang)).format(n);
}

export function formatMoney(lang: UiLanguage, amount: number, currency: string): string {
  try {
    return memo(`m:${lang}:${currency}`, () => new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 })).format(amount);
  } catch {
    // A currency code Intl does not know: the number and the code as written.
    return `${formatCount(lang, Math.round(amount))} ${currency}`;
  }
}

export function countryName(lang: UiLanguage, code: string): string {
  try {
    return memo(`c:${lang}`, () => new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(lang: UiLanguage, code: string): string {
  try {
    return memo(`l:${lang}`, () => new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDate(lang: UiLanguage, date: Date): string {
  return memo(`d:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })).format(date);
}

/** "3 days ago", "yesterday", "in 2 hours" — the largest unit that fits. */
export function formatAge(lang: UiLanguage, date: Date, now: number = Date.now()): string {
  const rtf = memo(`r:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  const minutes = Math.round((date.getTime() - now) / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 31) return rtf.format(days, 'day');
  const months = Math.round(days / 30.4);
  return Math.abs(months) < 12 ? rtf.format(months, 'month') : rtf.format(Math.round(days / 365), 'year');
}
