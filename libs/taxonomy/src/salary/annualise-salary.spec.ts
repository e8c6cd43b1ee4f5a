import type { ExchangeRates } from '../types';
import { annualiseSalary } from './annualise-salary';

const rates: ExchangeRates = { base: 'EUR', rates: { USD: 0.92, NOK: 0.086, PLN: 0.23 } };

describe('annualiseSalary', () => {
  it('multiplies by the paid units of a year and converts into the base currency', () => {
    expect(annualiseSalary({ min: 20, max: 20, currency: 'USD', period: 'hour' }, rates)).toBeCloseTo(38272, 2);
    expect(annualiseSalary({ min: 100, max: 100, currency: 'EUR', period: 'day' }, rates)).toBe(26000);
    expect(annualiseSalary({ min: 500, max: 500, currency: 'EUR', period: 'week' }, rates)).toBe(26000);
    expect(annualiseSalary({ min: 6000, max: 8000, currency: 'PLN', period: 'month' }, rates)).toBeCloseTo(19320, 2);
    expect(annualiseSalary({ min: 500000, max: 600000, currency: 'NOK', period: 'year' }, rates)).toBeCloseTo(47300, 2);
  });

  it('uses the one bound of "from X" and "up to Y"', () => {
    expect(annualiseSalary({ min: 1500, max: null, currency: 'EUR', period: 'month' }, rates)).toBe(18000);
    expect(annualiseSalary({ min: null, max: 2000, currency: 'EUR', period: 'month' }, rates)).toBe(24000);
  });

  it('is null when the currency, its rate or the period is unknown', () => {
    expect(annualiseSalary({ min: 10, max: 10, currency: 'SEK', period: 'hour' }, rates)).toBeNull();
    expect(annualiseSalary({ min: 10, max: 10, currency: null, period: 'hour' }, rates)).toBeNull();
    expect(annualiseSalary({ min: 10, max: 10, currency: 'EUR', period: null }, rates)).toBeNull();
    expect(annualiseSalary({ min: null, max: null, currency: 'EUR', period: 'hour' }, rates)).toBeNull();
    expect(annualiseSalary({ min: 10, max: 10, currency: 'USD', period: 'hour' }, { base: 'EUR', rates: { USD: -1 } })).toBeNull();
    expect(annualiseSalary(null as never, rates)).toBeNull();
  });
});
