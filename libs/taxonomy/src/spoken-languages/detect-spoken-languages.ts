import type { Explanation } from '../types';

export function detectSpokenLanguages(text: string): { languages: string[]; explanation: Explanation[] } {
  void text;
  return { languages: [], explanation: [] };
}
