// Currency from the sign plus the country, and the period an unlabelled amount most likely has.
import type { SalaryPeriod } from '../types';

const FIXED: Record<string, string> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', eurot: 'EUR', eura: 'EUR', euroa: 'EUR', euroja: 'EUR', eurost: 'EUR', eurone: 'EUR', ευρώ: 'EUR',
  '£': 'GBP', gbp: 'GBP',
  'us$': 'USD', usd: 'USD',
  'ca$': 'CAD', c$: 'CAD', cad: 'CAD',
  'au$': 'AUD', a$: 'AUD', aud: 'AUD',
  'nz$': 'NZD',
  zł: 'PLN', 'zł.': 'PLN', złotych: 'PLN', zl: 'PLN', pln: 'PLN',
  nok: 'NOK', kroner: 'NOK', sek: 'SEK', kronor: 'SEK', dkk: 'DKK', isk: 'ISK', krónur: 'ISK',
  chf: 'CHF', 'fr.': 'CHF', czk: 'CZK', kč: 'CZK', huf: 'HUF', ron: 'RON', lei: 'RON',
};
const DOLLAR_BY_COUNTRY: Record<string, string> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' };
const KRONE_BY_COUNTRY: Record<string, string> = { NO: 'NOK', SE: 'SEK', DK: 'DKK', IS: 'ISK' };
const KRONE_BY_LANGUAGE: Record<string, string> = { nb: 'NOK', nn: 'NOK', no: 'NOK', sv: 'SEK', da: 'DKK', is: 'ISK' };
/** Currency of a country, for pay written as a bare number next to a pay word. */
export const COUNTRY_CURRENCY: Record<string, string> = {
  EE: 'EUR', FI: 'EUR', DE: 'EUR', GR: 'EUR', IE: 'EUR', LV: 'EUR', LT: 'EUR', AT: 'EUR', NL: 'EUR', BE: 'EUR',
  FR: 'EUR', ES: 'EUR', IT: 'EUR', PT: 'EUR', CY: 'EUR', LU: 'EUR', MT: 'EUR', SK: 'EUR', SI: 'EUR', HR: 'EUR',
  PL: 'PLN', NO: 'NOK', SE: 'SEK', DK: 'DKK', IS: 'ISK', GB: 'GBP', US: 'USD', CA: 'CAD', CH: 'CHF', CZ: 'CZK',
  HU: 'HUF', RO: 'RON', AU: 'AUD',
};

export function resolveCurrency(token: string, country: string | null, language: string | null): string | null {
  const t = token.toLowerCase();
  if (FIXED[t]) {
    // Danish "kroner" is DKK, not NOK.
    if (t === 'kroner' && country === 'DK') return 'DKK';
    return FIXED[t];
  }
  if (t === '$') return (country && DOLLAR_BY_COUNTRY[country]) || 'USD';
  if (t === 'kr' || t === 'kr.') {
    if (country && KRONE_BY_COUNTRY[country]) return KRONE_BY_COUNTRY[country];
    if (language && KRONE_BY_LANGUAGE[language]) return KRONE_BY_LANGUAGE[language];
    return null;
  }
  return null;
}

/** Upper bounds of hourly and monthly amounts; anything larger is yearly. */
const THRESHOLDS: Record<string, [number, number]> = {
  USD: [200, 10_000], CAD: [200, 10_000], AUD: [200, 10_000], NZD: [200, 10_000], SGD: [200, 15_000],
  GBP: [150, 10_000], EUR: [100, 15_000], CHF: [150, 20_000], PLN: [250, 50_000], RON: [200, 50_000],
  NOK: [1_000, 100_000], SEK: [1_000, 100_000], DKK: [1_000, 100_000], ISK: [20_000, 2_000_000],
  CZK: [1_000, 200_000], HUF: [20_000, 3_000_000],
};

/**
 * Period from magnitude and country habit when the ad does not say: "£30,000" is yearly, NOK
 * six-figure amounts are yearly, four- and five-figure amounts in EE/PL/GR/FI/SE are monthly.
 */
export function inferPeriod(amount: number, currency: string | null): SalaryPeriod {
  const [hourMax, monthMax] = THRESHOLDS[currency ?? ''] ?? [100, 15_000];
  if (amount < hourMax) return 'hour';
  if (amount < monthMax) return 'month';
  return 'year';
}
