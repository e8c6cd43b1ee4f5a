import type { PostingFacets, PostingSearchFilter } from '../search.types';
import { CompiledFilter, type FoldedValues } from './compiled-filter';
import type { DocBitset } from './doc-bitset';
import { choosePage } from './choose-page';
import { FacetTally } from './facet-tally';
import { IndexState, filterKey, type ListCursor, type ListSort, type MemoryHit } from './index-state';
import { PostingColumns } from './posting-columns';
import type { PostingChange, SearchIndexSource, TextQuery } from './search-index-source';
import { UuidDocMap } from './uuid-doc-map';

export type { ListCursor, ListSort, MemoryHit } from './index-state';

export interface SearchIndexOptions {
  /**
   * How old the index may be when a request reads it; older, the request waits for a refresh
   * first. 0 (the default): every request sees every change committed before it arrived.
   */
  maxStalenessMs: number;
  /** Background refresh period; 0 disables the timer. */
  refreshIntervalMs: number;
  facetCacheEntries: number;
  textCacheEntries: number;
  employerTop: number;
  /** A batch touching more (changes × cached filters) than this clears the caches instead. */
  maxMaintenanceWork: number;
  /** Change-log rows are kept this long; an index that fell further behind reloads in full. */
  changeRetentionMs: number;
  onError?: (error: unknown, during: string) => void;
  /** Told which postings changed with each applied batch, or 'all' after a full load (caches of rows listen). */
  onChange?: (ids: readonly string[] | 'all') => void;
}

export const DEFAULT_SEARCH_INDEX_OPTIONS: SearchIndexOptions = {
  // Exact by default: a crawl that has committed is in the very next answer. The price is one
  // small change-log query per batch of concurrent requests (they share it).
  maxStalenessMs: 0,
  refreshIntervalMs: 1000,
  facetCacheEntries: 2000,
  textCacheEntries: 128,
  employerTop: 20,
  maxMaintenanceWork: 4_000_000,
  changeRetentionMs: 60 * 60 * 1000,
};

const FOLD_CACHE_ENTRIES = 10_000;

/**
 * Exact facet counts, and the choice and order of a listing page, over every open posting, from
 * memory. PostgreSQL stays the source of truth: the index loads all open postings once, then
 * applies the change log (written by triggers) before answering, so every answer includes every
 * change committed before the request (or, with `maxStalenessMs` set, at most that old).
 * Counting a filter walks the columns once (~25 ms per million postings); the result is cached
 * and maintained through changes, so repeated filters cost a table lookup.
 */
export class PostingSearchIndex {
  private state: IndexState | null = null;
  private readonly options: SearchIndexOptions;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private readonly folds = new Map<string, string>();

  constructor(
    private readonly source: SearchIndexSource,
    options: Partial<SearchIndexOptions> = {},
  ) {
    this.options = { ...DEFAULT_SEARCH_INDEX_OPTIONS, ...options };
  }

  get ready(): boolean {
    return this.state !== null;
  }

  get size(): number {
    return this.state?.ids.size ?? 0;
  }

  async start(): Promise<void> {
    await this.reload();
    if (this.options.refreshIntervalMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.refresh().catch((err) => this.options.onError?.(err, 'refresh')), this.options.refreshIntervalMs);
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Loads every open posting into fresh structures and swaps them in whole. */
  reload(): Promise<void> {
    return this.exclusive(() => this.reloadUnlocked());
  }

  /**
   * Resolves once a refresh that began after this call has applied the change log, so that a
   * caller sees every change committed before it asked. While one refresh runs, every caller that
   * arrives shares the single refresh queued behind it: at most one runs and one waits.
   */
  refresh(): Promise<void> {
    if (!this.running) return this.launch();
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.launch();
      });
    return this.queued;
  }

  private launch(): Promise<void> {
    const run: Promise<void> = this.exclusive(() => this.applyChanges()).finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  async facets(filter: PostingSearchFilter, folded: FoldedValues): Promise<PostingFacets> {
    const { state, text } = await this.current(filter);
    const key = filterKey(filter, folded);
    let tally = state.facets.get(key);
    if (!tally) {
      const compile = () => new CompiledFilter(filter, folded, text, state.cols);
      const compiled = compile();
      tally = FacetTally.countAll(compiled, state.cols);
      state.facets.add(key, compiled, tally, compile);
    }
    return tally.toFacets(state.cols, this.options.employerTop);
  }

  /**
   * One page of the listing from memory (newest, best paid or most relevant first): the ids and
   * sort keys of up to `limit` open postings passing the filter after `cursor`. The caller reads
   * the rows themselves from PostgreSQL by id.
   */
  async list(filter: PostingSearchFilter, folded: FoldedValues, sort: ListSort, cursor: ListCursor | null, limit: number): Promise<MemoryHit[]> {
    const { state, text } = await this.current(filter);
    const key = `${filterKey(filter, folded)}|${sort}|${limit}|${cursor ? `${cursor.key}|${cursor.id}|${cursor.inTitle}` : ''}`;
    const cached = state.cachedPage(key);
    if (cached) return cached;
    const title = sort === 'relevance' && filter.q !== undefined ? await this.textSet(state, { scope: 'title', q: filter.q }) : null;
    const epoch = state.pageEpoch;
    const hits = choosePage(state, new CompiledFilter(filter, folded, text, state.cols), text, title, sort, cursor, limit);
    state.cachePage(key, hits, epoch);
    return hits;
  }

  /** search_fold() of each value, remembered: the same few employer and city names recur. */
  async fold(values: readonly string[]): Promise<string[]> {
    const missing = values.filter((v) => !this.folds.has(v));
    if (missing.length > 0) {
      const folded = await this.source.fold(missing);
      if (this.folds.size + missing.length > FOLD_CACHE_ENTRIES) this.folds.clear();
      missing.forEach((v, i) => this.folds.set(v, folded[i]));
    }
    return values.map((v) => this.folds.get(v)!);
  }

  /** The index refreshed if stale, with the keyword set of `filter` (fetched if new). */
  private async current(filter: PostingSearchFilter): Promise<{ state: IndexState; text: DocBitset | null }> {
    if (!this.state) throw new Error('the search index is not loaded');
    if (this.options.maxStalenessMs === 0 || Date.now() - this.state.refreshedAt > this.options.maxStalenessMs) await this.refresh();
    for (;;) {
      const state: IndexState = this.state;
      const text = filter.q === undefined ? null : await this.textSet(state, { scope: 'all', q: filter.q });
      // A full reload may have swapped the structures while we waited: the set must be theirs.
      if (state === this.state) return { state, text };
    }
  }

  private async textSet(state: IndexState, query: TextQuery): Promise<DocBitset> {
    const cached = state.texts.get(query);
    if (cached) return cached;
    // Under the lock, so that no batch of changes lands between the fetch and the set's first use.
    return this.exclusive(async () => {
      const again = state.texts.get(query);
      if (again) return again;
      const ids = await this.source.matchText(query);
      const docs: number[] = [];
      for (const id of ids) {
        const doc = state.ids.get(id);
        if (doc !== undefined) docs.push(doc);
      }
      return state.texts.add(query, docs, state.cols.capacity);
    });
  }

  private async applyChanges(): Promise<void> {
    const state = this.state;
    if (!state) return;
    if (Date.now() - state.refreshedAt > this.options.changeRetentionMs / 2) {
      // The change log may have been purged past our watermark: only a full load is exact now.
      return this.reloadUnlocked();
    }
    const { watermark, changes } = await this.source.readChanges(state.watermark);
    const queries = state.texts.queries;
    const openIds = changes.filter((c) => c.posting !== null).map((c) => c.id);
    const textHits = queries.length > 0 && openIds.length > 0 ? await this.source.matchTextAmong(queries, openIds) : queries.map(() => []);
    this.applyBatch(state, changes, queries, textHits);
    if (changes.length > 0) this.options.onChange?.(changes.map((c) => c.id));
    state.watermark = watermark;
    state.refreshedAt = Date.now();
    if (Math.random() < 0.01) await this.source.purgeChanges(this.options.changeRetentionMs).catch((err) => this.options.onError?.(err, 'purge'));
  }

  /** Synchronous, so that no request sees a batch half applied. */
  private applyBatch(state: IndexState, changes: readonly PostingChange[], queries: readonly TextQuery[], textHits: readonly string[][]): void {
    if (changes.length === 0) return;
    state.forgetPages();
    const { cols, ids } = state;
    const maintain = changes.length * (state.facets.size + 1) <= this.options.maxMaintenanceWork;
    if (!maintain) {
      state.facets.clear();
      state.texts.clear();
    }
    const existing = changes.map((c) => ids.get(c.id)).filter((d): d is number => d !== undefined);
    if (maintain) state.facets.beforeChange(cols, existing);
    const touched: number[] = [];
    for (const change of changes) {
      const doc = ids.get(change.id);
      if (change.posting === null) {
        if (doc !== undefined) {
          cols.remove(doc);
          ids.delete(change.id);
          touched.push(doc);
        }
        continue;
      }
      const written = cols.write(change.posting, doc);
      if (doc === undefined) ids.set(change.id, written);
      touched.push(written);
    }
    for (const doc of touched) {
      state.sorted.newest.touch(doc);
      state.sorted.salary.touch(doc);
    }
    if (maintain) {
      const matches = textHits.map((hitIds) => new Set(hitIds.map((id) => ids.get(id)).filter((d): d is number => d !== undefined)));
      state.texts.update(touched, queries, matches);
      state.facets.afterChange(cols, touched);
    }
  }

  private async reloadUnlocked(): Promise<void> {
    const cols = new PostingColumns((this.state?.ids.size ?? 0) + 1024);
    const ids = new UuidDocMap(this.state?.ids.size ?? 1024);
    const watermark = await this.source.loadAll((batch) => {
      for (const p of batch) ids.set(p.id, cols.write(p));
    });
    this.state = new IndexState(cols, ids, watermark, this.options);
    this.options.onChange?.('all');
  }

  /** Runs `work` after every mutation queued before it: loads, refreshes and keyword fetches never interleave. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
