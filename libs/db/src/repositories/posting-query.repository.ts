import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Pool, type PoolConfig } from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Prisma } from '../generated/prisma/client';
import { prismaPoolConfig } from '../prisma.service';
import { buildFacetSql, facetsFromRows, type FacetRow } from '../search/facet-sql';
import { PostingSearchIndex, type SearchIndexOptions } from '../search/memory/posting-search-index';
import { buildListingSql, buildRowsByIdSql, cursorAfter, toSearchItem, type ListingRow } from '../search/listing-sql';
import { RowCache } from '../search/row-cache';
import { SearchTimeoutError } from '../search/search-errors';
import { SearchIndexReader } from '../search/search-index-reader';
import type { PostingCursor, PostingFacets, PostingSearchFilter, PostingSearchItem, PostingSearchPage, PostingSearchQuery } from '../search/search.types';

export type ListPostingsQuery = PostingSearchQuery;
export type PostingListItem = PostingSearchItem;

/** The fields of a posting a result list shows, for Prisma reads of the same shape. */
export const POSTING_LIST_SELECT = {
  id: true,
  title: true,
  employerName: true,
  roles: true,
  seniority: true,
  language: true,
  remoteMode: true,
  city: true,
  country: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  salaryRaw: true,
  postedAt: true,
  validThrough: true,
  applyUrl: true,
  createdAt: true,
} satisfies Prisma.PostingSelect;

const QUERY_CANCELED = '57014';
const INDEX_RETRY_MS = 30_000;

/**
 * The search pool's settings: Prisma's (same statement_timeout), with JIT off. Every search
 * statement is short; PostgreSQL's JIT, when a cost estimate tempts it, spends 50–100 ms
 * compiling for a query that runs in one.
 */
export function searchPoolConfig(config: AppConfig): PoolConfig {
  const base = prismaPoolConfig(config);
  return { ...base, options: `${base.options ?? ''} -c jit=off`.trim() };
}

/**
 * Read side of postings for job seekers: the filtered, keyset-paginated listing (SQL, see
 * search/listing-sql.ts) and facet counts (from the in-memory PostingSearchIndex once it is
 * started, by SQL GROUP BY until then). Its queries go through a pg pool of their own rather than
 * Prisma: on the hottest endpoint Prisma's raw-query layer costs ~0.15 ms a statement, more than
 * most of these statements take. The pool carries the same statement_timeout as Prisma's, so a
 * query that runs away is cancelled and reported as SearchTimeoutError. Nothing connects until
 * the first search, so processes that never search (the worker) hold no connection for it.
 */
@Injectable()
export class PostingQueryRepository implements OnModuleDestroy {
  private readonly logger = new Logger(PostingQueryRepository.name);
  private poolInstance: Pool | null = null;
  private index: PostingSearchIndex | null = null;
  private readonly rowCache = new RowCache(20_000);
  private retry: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get pool(): Pool {
    if (!this.poolInstance) {
      this.poolInstance = new Pool(searchPoolConfig(this.config));
      this.poolInstance.on('error', (err) => this.logger.warn({ msg: 'idle search connection failed', error: err.message }));
    }
    return this.poolInstance;
  }

  /**
   * Loads the search index (a few seconds per million open postings) and keeps it refreshed. If
   * loading fails, search goes on in SQL (slower, same answers) and loading is tried again later.
   */
  async startSearchIndex(options: Partial<SearchIndexOptions> = {}): Promise<void> {
    if (this.index || this.retry) return;
    const index = new PostingSearchIndex(new SearchIndexReader(this.pool), {
      onError: (error, during) => this.logger.error({ msg: `search index ${during} failed`, error: (error as Error)?.message }),
      onChange: (ids) => this.rowCache.invalidate(ids),
      ...options,
    });
    const started = Date.now();
    try {
      await index.start();
    } catch (err) {
      this.logger.error({ msg: 'search index failed to load; searching in SQL until it loads', error: (err as Error).message });
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.startSearchIndex(options);
      }, INDEX_RETRY_MS);
      this.retry.unref();
      return;
    }
    this.index = index;
    this.logger.log({ msg: 'search index loaded', postings: index.size, ms: Date.now() - started });
  }

  /** Applies pending changes to the facet index now (tests, and callers that just wrote). */
  async refreshSearchIndex(): Promise<void> {
    await this.index?.refresh();
  }

  /**
   * One page of the listing. With the index loaded, memory chooses which postings and in which
   * order (newest, salary or relevance), and only those rows are read, by primary key and mostly
   * from the row cache: the planner never has to guess how common a keyword is. Before the index
   * has loaded, the page is one SQL statement that chooses the same rows in the same order.
   */
  async search(query: PostingSearchQuery): Promise<PostingSearchPage> {
    if (this.index?.ready) return this.searchFromIndex(this.index, query);
    const statement = buildListingSql({ ...query, limit: query.limit + 1 });
    const { rows } = await this.run<ListingRow>(statement.text, statement.values);
    const items = rows.slice(0, query.limit).map(toSearchItem);
    const last = items[items.length - 1];
    return { items, next: rows.length > query.limit && last ? cursorAfter(last, query.sort) : null };
  }

  private async searchFromIndex(index: PostingSearchIndex, query: PostingSearchQuery): Promise<PostingSearchPage> {
    const c = query.cursor;
    const cursor = !c ? null : c.sort === 'salary' ? { key: c.salaryAnnual, id: c.id } : { key: c.sortAt.getTime(), id: c.id, inTitle: c.sort === 'relevance' ? c.inTitle : undefined };
    const hits = await this.guard(index.list(query.filter, await this.folded(index, query.filter), query.sort, cursor, query.limit + 1));
    const page = hits.slice(0, query.limit);
    const rows = await this.rowsById(page.map((h) => h.id));
    // A posting closed since the index last refreshed is left out rather than shown closed.
    const items = page.flatMap((h) => {
      const row = rows.get(h.id);
      return row ? [toSearchItem(h.inTitle === undefined ? row : { ...row, title_match: h.inTitle })] : [];
    });
    const last = page[page.length - 1];
    if (hits.length <= query.limit || !last) return { items, next: null };
    const next: PostingCursor =
      query.sort === 'salary'
        ? { sort: 'salary', salaryAnnual: last.key, id: last.id }
        : query.sort === 'relevance'
          ? { sort: 'relevance', inTitle: last.inTitle === true, sortAt: new Date(last.key!), id: last.id }
          : { sort: 'newest', sortAt: new Date(last.key!), id: last.id };
    return { items, next };
  }

  private async rowsById(ids: string[]): Promise<Map<string, ListingRow>> {
    const { found, missing } = this.rowCache.lookup(ids);
    if (missing.length === 0) return found;
    const epoch = this.rowCache.begin();
    const statement = buildRowsByIdSql(missing);
    const { rows } = await this.run<ListingRow>(statement.text, statement.values);
    this.rowCache.store(rows, epoch);
    for (const row of rows) found.set(row.id, row);
    return found;
  }

  private async folded(index: PostingSearchIndex, filter: PostingSearchFilter) {
    const [employers, cities] = await Promise.all([index.fold(filter.employers ?? []), index.fold(filter.cities ?? [])]);
    return { employers, cities };
  }

  async facets(filter: PostingSearchFilter, employerTop = 20): Promise<PostingFacets> {
    if (this.index?.ready) return this.guard(this.index.facets(filter, await this.folded(this.index, filter)));
    const statement = buildFacetSql(filter, employerTop);
    const { rows } = await this.run<FacetRow>(statement.text, statement.values);
    return facetsFromRows(rows);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.index?.stop();
    this.index = null;
    await this.poolInstance?.end();
    this.poolInstance = null;
  }

  private run<T extends object>(text: string, values: unknown[]) {
    return this.guard(this.pool.query<T>(text, values));
  }

  private async guard<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (err) {
      if ((err as { code?: string }).code === QUERY_CANCELED) throw new SearchTimeoutError();
      throw err;
    }
  }
}
