import type { ExchangeRates, SalaryTag } from '../types';

export function annualiseSalary(salary: SalaryTag, rates: ExchangeRates): number | null {
  void salary;
  void rates;
  return null;
}
