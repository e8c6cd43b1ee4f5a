import type { PostingColumns } from './posting-columns';
import type { DocBitset } from './doc-bitset';

export type MemorySort = 'newest' | 'salary';

/** Where a page starts: strictly after this key and id in the sort's order. */
export interface MemoryCursor {
  key: number;
  id: Uint32Array;
}

/** Pending changes past this many make the next query re-sort everything first. */
const REBUILD_AFTER = 20_000;

/**
 * The open postings in one listing order (newest first, or best paid first with unpaid last),
 * ties broken by id descending exactly as the SQL listing breaks them, so that a page from memory
 * and a page from PostgreSQL are the same page. Postings changed since the last sort are kept
 * aside (`pending`) and merged into each page, so a change costs nothing until there are many.
 */
export class SortedDocs {
  private order = new Int32Array(0);
  private keys = new Float64Array(0);
  private readonly pending = new Set<number>();
  private dirty = true;

  constructor(
    private readonly cols: PostingColumns,
    readonly sort: MemorySort,
  ) {}

  keyOf(doc: number): number {
    if (this.sort === 'newest') return this.cols.sortAt[doc];
    const salary = this.cols.salary[doc];
    return salary === salary ? salary : -Infinity;
  }

  /** Sorts now if anything changed since the last sort. */
  prepare(): void {
    if (this.dirty) this.rebuild();
  }

  touch(doc: number): void {
    this.pending.add(doc);
    if (this.pending.size > REBUILD_AFTER) this.dirty = true;
  }

  /**
   * Up to `limit` documents that `accept` and that come after `cursor`, in order. `text`, when
   * given and small, is walked instead of the order: a rare keyword is found through its few
   * matches, a common one by walking the order until the page is full.
   */
  page(accept: (doc: number) => boolean, cursor: MemoryCursor | null, limit: number, text: DocBitset | null): number[] {
    this.prepare();
    // Walking the set costs its size; walking the order costs about limit × N / matches, at most N.
    // With m ≤ |set| matches the first is cheaper roughly when |set|² < limit × N.
    if (text !== null && text.size * text.size < limit * this.order.length) {
      const hits: number[] = [];
      text.forEach((doc) => {
        if (accept(doc) && this.isAfter(doc, cursor)) hits.push(doc);
      });
      return hits.sort((a, b) => this.compare(a, b)).slice(0, limit);
    }
    const found: number[] = [];
    for (let i = cursor ? this.firstAfter(cursor) : 0; i < this.order.length && found.length < limit; i++) {
      const doc = this.order[i];
      if (!this.pending.has(doc) && accept(doc)) found.push(doc);
    }
    for (const doc of this.pending) if (accept(doc) && this.isAfter(doc, cursor)) found.push(doc);
    return this.pending.size === 0 ? found : found.sort((a, b) => this.compare(a, b)).slice(0, limit);
  }

  /** Negative when `a` comes first: key descending, then id descending. */
  private compare(a: number, b: number): number {
    const ka = this.keyOf(a);
    const kb = this.keyOf(b);
    if (ka !== kb) return ka > kb ? -1 : 1;
    return this.cols.compareIds(b, a);
  }

  private isAfter(doc: number, cursor: MemoryCursor | null): boolean {
    if (cursor === null) return true;
    const key = this.keyOf(doc);
    if (key !== cursor.key) return key < cursor.key;
    return this.compareIdTo(doc, cursor.id) < 0;
  }

  private compareIdTo(doc: number, id: Uint32Array): number {
    const ids = this.cols.ids;
    for (let w = 0; w < 4; w++) {
      const x = ids[doc * 4 + w];
      if (x !== id[w]) return x < id[w] ? -1 : 1;
    }
    return 0;
  }

  /** Position of the first entry after `cursor`, by binary search over the keys as sorted. */
  private firstAfter(cursor: MemoryCursor): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const key = this.keys[mid];
      const after = key !== cursor.key ? key < cursor.key : this.compareIdTo(this.order[mid], cursor.id) < 0;
      if (after) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private rebuild(): void {
    const docs: number[] = [];
    for (let doc = 0; doc < this.cols.length; doc++) if (this.cols.alive[doc] === 1) docs.push(doc);
    const order = Int32Array.from(docs).sort((a, b) => this.compare(a, b));
    const keys = new Float64Array(order.length);
    for (let i = 0; i < order.length; i++) keys[i] = this.keyOf(order[i]);
    this.order = order;
    this.keys = keys;
    this.pending.clear();
    this.dirty = false;
  }
}
