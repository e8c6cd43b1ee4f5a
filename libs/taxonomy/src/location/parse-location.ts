import type { Explanation, LocationTag } from '../types';

export function parseLocation(
  raw: string,
  ctx: { language: string | null; text?: string },
): { location: LocationTag; explanation: Explanation[] } {
  void raw;
  void ctx;
  return { location: { city: null, country: null }, explanation: [] };
}
