import type { IndexedPosting } from './posting-columns';

/** A posting id from the change log and what it is now: null when it is no longer open (or gone). */
export interface PostingChange {
  id: string;
  posting: IndexedPosting | null;
}

/** Where keywords must occur: anywhere (title, employer, description), or in the title. */
export type TextScope = 'all' | 'title';

/** A keyword query of one scope, as the text caches key it. */
export interface TextQuery {
  scope: TextScope;
  q: string;
}

/**
 * Everything the in-memory index reads from PostgreSQL, the source of truth. Watermarks are
 * transaction ids (xid8 as decimal strings): the oldest transaction still running when the data
 * was read, so that changes committed out of order are never skipped.
 */
export interface SearchIndexSource {
  /** Streams every open posting in batches; resolves with the watermark of that snapshot. */
  loadAll(onBatch: (batch: IndexedPosting[]) => void): Promise<string>;
  /** Postings changed by transactions at or after `since`, and the new watermark. */
  readChanges(since: string): Promise<{ watermark: string; changes: PostingChange[] }>;
  /** Ids of the open postings matching keywords `q` in `scope`. */
  matchText(query: TextQuery): Promise<string[]>;
  /** Which of `ids` match each of `queries`, by position in `queries`. */
  matchTextAmong(queries: readonly TextQuery[], ids: readonly string[]): Promise<string[][]>;
  /** search_fold() of each value, in order. */
  fold(values: readonly string[]): Promise<string[]>;
  /** Deletes change-log rows older than `olderThanMs`. */
  purgeChanges(olderThanMs: number): Promise<number>;
}
