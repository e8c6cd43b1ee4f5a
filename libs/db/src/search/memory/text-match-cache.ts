import { DocBitset } from './doc-bitset';
import type { TextQuery } from './search-index-source';

const keyOf = (query: TextQuery) => `${query.scope}\u0000${query.q}`;

/**
 * The postings matching recent keyword queries, as document sets, least recently used evicted.
 * PostgreSQL decides what matches (its parser, folding and GIN index); the set is fetched once and
 * then kept exact by re-asking, for each batch of changed postings, which of them match.
 */
export class TextMatchCache {
  private readonly sets = new Map<string, { query: TextQuery; set: DocBitset }>();

  constructor(
    private readonly maxEntries: number,
    private readonly onEvict: (set: DocBitset) => void,
  ) {}

  get queries(): TextQuery[] {
    return [...this.sets.values()].map((e) => e.query);
  }

  get(query: TextQuery): DocBitset | undefined {
    const key = keyOf(query);
    const entry = this.sets.get(key);
    if (entry) {
      this.sets.delete(key);
      this.sets.set(key, entry);
    }
    return entry?.set;
  }

  add(query: TextQuery, docs: Iterable<number>, capacity: number): DocBitset {
    const set = new DocBitset(capacity);
    for (const doc of docs) set.add(doc);
    this.sets.set(keyOf(query), { query, set });
    if (this.sets.size > this.maxEntries) {
      const [oldest, evicted] = this.sets.entries().next().value!;
      this.sets.delete(oldest);
      this.onEvict(evicted.set);
    }
    return set;
  }

  /** Sets each changed document's membership of each query: `matches[i]` holds the docs matching `queries[i]`. */
  update(changed: readonly number[], queries: readonly TextQuery[], matches: readonly ReadonlySet<number>[]): void {
    queries.forEach((query, i) => {
      const set = this.sets.get(keyOf(query))?.set;
      if (!set) return;
      for (const doc of changed) {
        if (matches[i].has(doc)) set.add(doc);
        else set.delete(doc);
      }
    });
  }

  clear(): void {
    for (const entry of this.sets.values()) this.onEvict(entry.set);
    this.sets.clear();
  }
}
