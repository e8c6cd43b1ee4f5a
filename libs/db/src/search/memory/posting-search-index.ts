import type { PostingFacets, PostingSearchFilter } from '../search.types';
import { CompiledFilter, type FoldedValues } from './compiled-filter';
import type { DocBitset } from './doc-bitset';
import { FacetCache } from './facet-cache';
import { FacetTally } from './facet-tally';
import { PostingColumns } from './posting-columns';
import type { PostingChange, SearchIndexSource } from './search-index-source';
import { TextMatchCache } from './text-match-cache';
import { UuidDocMap } from './uuid-doc-map';

export interface SearchIndexOptions {
  /** A request older than this since the last refresh waits for one first. */
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
}

export const DEFAULT_SEARCH_INDEX_OPTIONS: SearchIndexOptions = {
  maxStalenessMs: 500,
  refreshIntervalMs: 1000,
  facetCacheEntries: 2000,
  textCacheEntries: 128,
  employerTop: 20,
  maxMaintenanceWork: 4_000_000,
  changeRetentionMs: 60 * 60 * 1000,
};

interface IndexState {
  cols: PostingColumns;
  ids: UuidDocMap;
  watermark: string;
  refreshedAt: number;
  facets: FacetCache;
  texts: TextMatchCache;
}

/**
 * Exact facet counts over every open posting, from memory. PostgreSQL stays the source of truth:
 * the index loads all open postings once, then applies the change log (written by triggers) at
 * most `maxStalenessMs` after any change, so counts are those of a snapshot at most that old.
 * Counting a filter walks the columns once (a few ms per million postings); the result is cached
 * and maintained through changes, so repeated filters cost a table lookup.
 */
export class PostingSearchIndex {
  private state: IndexState | null = null;
  private readonly options: SearchIndexOptions;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private pendingRefresh: Promise<void> | null = null;

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

  /** Applies the change log since the last refresh; concurrent callers share one run. */
  refresh(): Promise<void> {
    this.pendingRefresh ??= this.exclusive(() => this.applyChanges()).finally(() => {
      this.pendingRefresh = null;
    });
    return this.pendingRefresh;
  }

  async facets(filter: PostingSearchFilter, folded: FoldedValues): Promise<PostingFacets> {
    if (!this.state) throw new Error('the search index is not loaded');
    if (Date.now() - this.state.refreshedAt > this.options.maxStalenessMs) await this.refresh();
    let state = this.state;
    let text = filter.q === undefined ? null : await this.textSet(state, filter.q);
    if (state !== this.state) {
      // A full reload swapped the structures while we waited: the set belongs to the old ones.
      state = this.state;
      text = filter.q === undefined ? null : await this.textSet(state, filter.q);
    }
    const key = cacheKey(filter, folded);
    let tally = state.facets.get(key);
    if (!tally) {
      const compile = () => new CompiledFilter(filter, folded, text, state.cols);
      const compiled = compile();
      tally = FacetTally.countAll(compiled, state.cols);
      state.facets.add(key, compiled, tally, compile);
    }
    return tally.toFacets(state.cols, this.options.employerTop);
  }

  fold(values: readonly string[]): Promise<string[]> {
    return values.length === 0 ? Promise.resolve([]) : this.source.fold(values);
  }

  private async textSet(state: IndexState, q: string): Promise<DocBitset> {
    const cached = state.texts.get(q);
    if (cached) return cached;
    // Under the lock, so that no batch of changes lands between the fetch and the set's first use.
    return this.exclusive(async () => {
      const again = state.texts.get(q);
      if (again) return again;
      const ids = await this.source.matchText(q);
      const docs: number[] = [];
      for (const id of ids) {
        const doc = state.ids.get(id);
        if (doc !== undefined) docs.push(doc);
      }
      return state.texts.add(q, docs, state.cols.capacity);
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
    const textHits = queries.length > 0 && openIds.length > 0 ? await this.source.matchTextAmong(queries, openIds) : new Map<string, string[]>();
    this.applyBatch(state, changes, textHits);
    state.watermark = watermark;
    state.refreshedAt = Date.now();
    if (Math.random() < 0.01) await this.source.purgeChanges(this.options.changeRetentionMs).catch((err) => this.options.onError?.(err, 'purge'));
  }

  /** Synchronous, so that no request sees a batch half applied. */
  private applyBatch(state: IndexState, changes: readonly PostingChange[], textHits: Map<string, string[]>): void {
    if (changes.length === 0) return;
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
    if (maintain) {
      const matches = new Map<string, Set<number>>();
      for (const [q, hitIds] of textHits) matches.set(q, new Set(hitIds.map((id) => ids.get(id)).filter((d): d is number => d !== undefined)));
      state.texts.update(touched, matches);
      state.facets.afterChange(cols, touched);
    }
  }

  private async reloadUnlocked(): Promise<void> {
    const cols = new PostingColumns((this.state?.ids.size ?? 0) + 1024);
    const ids = new UuidDocMap(this.state?.ids.size ?? 1024);
    const watermark = await this.source.loadAll((batch) => {
      for (const p of batch) ids.set(p.id, cols.write(p));
    });
    const facets = new FacetCache(this.options.facetCacheEntries);
    const texts = new TextMatchCache(this.options.textCacheEntries, (set) => facets.dropText(set));
    this.state = { cols, ids, watermark, refreshedAt: Date.now(), facets, texts };
  }

  /** Runs `work` after every mutation queued before it: loads, refreshes and keyword fetches never interleave. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function cacheKey(filter: PostingSearchFilter, folded: FoldedValues): string {
  const sorted = (values: readonly string[] | undefined) => (values && values.length > 0 ? [...values].sort() : undefined);
  return JSON.stringify([
    sorted(filter.roles),
    sorted(filter.seniorities),
    sorted(filter.employers),
    sorted(folded.employers),
    sorted(filter.speaks),
    sorted(filter.shifts),
    sorted(filter.countries),
    sorted(folded.cities),
    sorted(filter.remote),
    sorted(filter.languages),
    filter.salaryAnnualMin,
    filter.salaryRequired === true,
    filter.postedAfter?.getTime(),
    filter.q,
  ]);
}
