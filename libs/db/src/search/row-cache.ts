import type { ListingRow } from './listing-sql';

/**
 * Listing rows by posting id, least recently used evicted, so that the postings on the first
 * pages of popular searches are not read from PostgreSQL on every request. Exact in the same way
 * as the index: whatever the change log says changed is dropped. A read that was in flight while
 * something was dropped is not stored, since it may predate that change.
 */
export class RowCache {
  private readonly rows = new Map<string, ListingRow>();
  private epoch = 0;

  constructor(private readonly maxEntries: number) {}

  /** The current epoch: pass it back to `store` with rows read after this call. */
  begin(): number {
    return this.epoch;
  }

  lookup(ids: readonly string[]): { found: Map<string, ListingRow>; missing: string[] } {
    const found = new Map<string, ListingRow>();
    const missing: string[] = [];
    for (const id of ids) {
      const row = this.rows.get(id);
      if (row) found.set(id, row);
      else missing.push(id);
    }
    return { found, missing };
  }

  store(rows: readonly ListingRow[], epoch: number): void {
    if (epoch !== this.epoch) return;
    for (const row of rows) {
      this.rows.delete(row.id);
      this.rows.set(row.id, row);
    }
    while (this.rows.size > this.maxEntries) this.rows.delete(this.rows.keys().next().value!);
  }

  invalidate(ids: readonly string[] | 'all'): void {
    this.epoch++;
    if (ids === 'all') this.rows.clear();
    else for (const id of ids) this.rows.delete(id);
  }
}
