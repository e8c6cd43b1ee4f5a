import { PhraseMatch } from './phrase-matcher';

/**
 * Resolves overlapping matches the way a reader does: the longest phrase wins over the words
 * inside it ("team manager" over "manager", "support vector" over "support", "kundeservicekoordinator"
 * over "kundeservice"). Equal lengths keep the earlier match. Returns matches in text order.
 */
export function selectLongest<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  if (matches.length <= 1) return [...matches];
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch<T>[] = [];
  for (const m of byLength) {
    let overlaps = false;
    for (const k of kept) {
      if (m.start < k.end && k.start < m.end && !(m.start === k.start && m.end === k.end)) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
