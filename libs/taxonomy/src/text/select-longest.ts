import { PhraseMatch } from './phrase-matcher';

/**
 * Resolves overlapping matches the way a reader does:
 * - a phrase wins over the words inside it ("team manager" over "manager", "support vector"
 *   over "support", "kundeservicekoordinator" over "kundeservice");
 * - when two phrases cross ("Sales Support" and "Support Specialist" in "Sales Support
 *   Specialist"), the higher `rank` wins, then the longer, then the earlier.
 * Matches with identical spans are kept together. Returns matches in text order.
 */
export function selectLongest<T>(matches: readonly PhraseMatch<T>[], rank: (value: T) => number = () => 0): PhraseMatch<T>[] {
  if (matches.length <= 1) return [...matches];
  const uncontained = matches.filter(
    (m) =>
      !matches.some(
        (o) => o.start <= m.start && m.end <= o.end && (o.start !== m.start || o.end !== m.end),
      ),
  );
  const byPriority = uncontained.sort(
    (a, b) => rank(b.value) - rank(a.value) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: PhraseMatch<T>[] = [];
  for (const m of byPriority) {
    const crosses = kept.some(
      (k) => m.start < k.end && k.start < m.end && !(m.start === k.start && m.end === k.end),
    );
    if (!crosses) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
