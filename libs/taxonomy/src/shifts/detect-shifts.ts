import type { Explanation, Shift } from '../types';

export function detectShifts(text: string): { shifts: Shift[]; explanation: Explanation[] } {
  void text;
  return { shifts: [], explanation: [] };
}
