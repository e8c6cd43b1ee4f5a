import type { PostingSearchFilter } from '../search.types';
import type { FoldedValues } from './compiled-filter';
import { FacetCache } from './facet-cache';
import type { PostingColumns } from './posting-columns';
import { SortedDocs, type MemorySort } from './sorted-docs';
import { TextMatchCache } from './text-match-cache';
import type { UuidDocMap } from './uuid-doc-map';

/** A listing entry from memory: the posting and its sort key, for the next page's cursor. */
export interface MemoryHit {
  id: string;
  /** sortAt in epoch ms (newest, relevance), or yearly salary, null when none (salary). */
  key: number | null;
  /** Relevance only: every keyword is in the title. */
  inTitle?: boolean;
}

export type ListSort = MemorySort | 'relevance';

export interface ListCursor {
  key: number | null;
  id: string;
  inTitle?: boolean;
}

const PAGE_CACHE_ENTRIES = 5000;

/** Everything one load of the index holds; a full reload builds a new one and swaps it in whole. */
export class IndexState {
  refreshedAt = Date.now();
  readonly facets: FacetCache;
  readonly texts: TextMatchCache;
  readonly sorted: Record<MemorySort, SortedDocs>;
  /** Recent pages by filter, order, cursor and size; emptied by every applied change, so never stale. */
  private readonly pages = new Map<string, MemoryHit[]>();
  private pagesEpoch = 0;

  constructor(
    readonly cols: PostingColumns,
    readonly ids: UuidDocMap,
    public watermark: string,
    limits: { facetCacheEntries: number; textCacheEntries: number },
  ) {
    this.facets = new FacetCache(limits.facetCacheEntries);
    this.texts = new TextMatchCache(limits.textCacheEntries, (set) => this.facets.dropText(set));
    this.sorted = { newest: new SortedDocs(cols, 'newest'), salary: new SortedDocs(cols, 'salary') };
    // Sorted now rather than by the first request after a load.
    this.sorted.newest.prepare();
    this.sorted.salary.prepare();
  }

  cachedPage(key: string): MemoryHit[] | undefined {
    return this.pages.get(key);
  }

  /** The epoch to hand back to `cachePage`: a page computed across a change is not kept. */
  get pageEpoch(): number {
    return this.pagesEpoch;
  }

  cachePage(key: string, hits: MemoryHit[], epoch: number): void {
    if (epoch !== this.pagesEpoch) return;
    if (this.pages.size >= PAGE_CACHE_ENTRIES) this.pages.clear();
    this.pages.set(key, hits);
  }

  forgetPages(): void {
    this.pages.clear();
    this.pagesEpoch++;
  }
}

/** One string per distinct filter (arrays order-free), keying the facet and page caches. */
export function filterKey(filter: PostingSearchFilter, folded: FoldedValues): string {
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
