import { DocBitset } from './doc-bitset';

/**
 * The postings matching recent keyword queries, as document sets, least recently used evicted.
 * PostgreSQL decides what matches (its parser, folding and GIN index); the set is fetched once and
 * then kept exact by re-asking, for each batch of changed postings, which of them match.
 */
export class TextMatchCache {
  private readonly sets = new Map<string, DocBitset>();

  constructor(
    private readonly maxEntries: number,
    private readonly onEvict: (set: DocBitset) => void,
  ) {}

  get queries(): string[] {
    return [...this.sets.keys()];
  }

  get(q: string): DocBitset | undefined {
    const set = this.sets.get(q);
    if (set) {
      this.sets.delete(q);
      this.sets.set(q, set);
    }
    return set;
  }

  add(q: string, docs: Iterable<number>, capacity: number): DocBitset {
    const set = new DocBitset(capacity);
    for (const doc of docs) set.add(doc);
    this.sets.set(q, set);
    if (this.sets.size > this.maxEntries) {
      const [oldest, evicted] = this.sets.entries().next().value!;
      this.sets.delete(oldest);
      this.onEvict(evicted);
    }
    return set;
  }

  /** Sets each changed document's membership of each query: `matches[q]` holds the docs that match. */
  update(changed: readonly number[], matches: ReadonlyMap<string, ReadonlySet<number>>): void {
    for (const [q, set] of this.sets) {
      const hits = matches.get(q);
      for (const doc of changed) {
        if (hits?.has(doc)) set.add(doc);
        else set.delete(doc);
      }
    }
  }

  clear(): void {
    for (const set of this.sets.values()) this.onEvict(set);
    this.sets.clear();
  }
}
