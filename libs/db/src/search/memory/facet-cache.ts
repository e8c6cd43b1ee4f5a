import type { CompiledFilter } from './compiled-filter';
import { FacetTally } from './facet-tally';
import type { PostingColumns } from './posting-columns';
import type { DocBitset } from './doc-bitset';

interface Entry {
  filter: CompiledFilter;
  tally: FacetTally;
  /** Compiles the filter again against grown dictionaries. */
  recompile: () => CompiledFilter;
}

/**
 * Facet counts of recent filters, least recently used evicted. Entries are not dropped when
 * postings change: `beforeChange` takes the changing postings' contributions out, the caller
 * updates the columns, `afterChange` puts the new contributions in, so a cached answer stays
 * exactly what a fresh count would give. When a batch is too big for that to be cheaper than
 * counting again, the caller clears the cache instead.
 */
export class FacetCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): FacetTally | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.tally;
  }

  add(key: string, filter: CompiledFilter, tally: FacetTally, recompile: () => CompiledFilter): void {
    this.entries.delete(key);
    this.entries.set(key, { filter, tally, recompile });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  beforeChange(cols: PostingColumns, docs: readonly number[]): void {
    for (const entry of this.entries.values()) for (const doc of docs) entry.tally.apply(entry.filter, cols, doc, -1);
  }

  afterChange(cols: PostingColumns, docs: readonly number[]): void {
    for (const entry of this.entries.values()) {
      // Postings outside this batch have only codes the old tables knew, so they evaluate the same.
      if (entry.filter.isStale()) entry.filter = entry.recompile();
      for (const doc of docs) entry.tally.apply(entry.filter, cols, doc, 1);
    }
  }

  /** Forgets every entry that depends on a keyword set no longer maintained. */
  dropText(text: DocBitset): void {
    for (const [key, entry] of this.entries) if (entry.filter.text === text) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
