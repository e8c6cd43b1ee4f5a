import type { Explanation, SalaryTag } from '../types';

export function parseSalary(
  text: string,
  ctx: { country: string | null; language: string | null },
): { salary: SalaryTag | null; explanation: Explanation[] } {
  void text;
  void ctx;
  return { salary: null, explanation: [] };
}
