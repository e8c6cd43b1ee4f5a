import type { ExchangeRates, SalaryPeriod, SalaryTag } from '../types';

/** Paid units in a working year: 40 hours × 52 weeks, 5 days × 52 weeks. */
const PER_YEAR: Record<SalaryPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

/**
 * One yearly figure in `rates.base`, for filtering and sorting: the middle of a range, or the one
 * bound given ("from X", "up to Y"). Null when the period, the currency or its rate is unknown.
 */
export function annualiseSalary(salary: SalaryTag, rates: ExchangeRates): number | null {
  if (!salary || !rates || typeof rates.base !== 'string') return null;
  const { min, max, currency, period } = salary;
  if (!period || !(period in PER_YEAR) || !currency) return null;
  const valid = (v: number | null): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
  const amount = valid(min) && valid(max) ? (min + max) / 2 : valid(min) ? min : valid(max) ? max : null;
  if (amount === null) return null;
  const rate = currency === rates.base ? 1 : rates.rates?.[currency];
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) return null;
  return Math.round(amount * PER_YEAR[period] * rate * 100) / 100;
}
