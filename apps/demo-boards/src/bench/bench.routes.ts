import type { BoardContext } from '../http/board-context';
import { etagOf } from '../http/conditional-get';
import { notFoundHtml, type DemoResponse, type Route } from '../http/route.types';
import { BENCH_MAX_JOBS, benchPageCount, renderBenchJobPage, renderBenchListing } from './bench-page.template';

interface CachedPage {
  body: Buffer;
  etag: string;
}

/**
 * Rendered pages keyed by URL, oldest evicted first. 4 000 pages of 25 KB is ~100 MB:
 * enough for the 2 000-page benchmark to be served from memory on its second pass.
 */
export class BenchPageCache {
  private readonly pages = new Map<string, CachedPage>();

  constructor(private readonly capacity = 4_000) {}

  get(key: string, render: () => string): CachedPage {
    const hit = this.pages.get(key);
    if (hit) return hit;
    const body = Buffer.from(render());
    const page = { body, etag: etagOf(body) };
    if (this.pages.size >= this.capacity) this.pages.delete(this.pages.keys().next().value as string);
    this.pages.set(key, page);
    return page;
  }

  get size(): number {
    return this.pages.size;
  }
}

const asHtml = (page: CachedPage): DemoResponse => ({
  status: 200,
  contentType: 'text/html; charset=utf-8',
  body: page.body,
  etag: page.etag,
  cacheable: true,
});

const validCount = (raw: string) => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= BENCH_MAX_JOBS ? n : undefined;
};

/** `/bench/<n>/`: n generated job pages behind listing pages of 50 links. */
export function benchRoutes(ctx: BoardContext, cache = new BenchPageCache()): Route[] {
  return [
    {
      pattern: /^\/bench\/(?<n>\d{1,6})\/(?:page\/(?<page>\d{1,6})\/)?$/,
      handle: (req, params) => {
        const n = validCount(params.n);
        const page = Number(params.page ?? 1);
        if (!n || page < 1 || page > benchPageCount(n)) return notFoundHtml();
        return asHtml(cache.get(`${req.origin}/bench/${n}/page/${page}`, () => renderBenchListing(n, page)));
      },
    },
    {
      pattern: /^\/bench\/(?<n>\d{1,6})\/jobs\/(?<i>\d{1,6})\/$/,
      handle: (req, params) => {
        const n = validCount(params.n);
        const i = Number(params.i);
        if (!n || i < 1 || i > n) return notFoundHtml();
        return asHtml(cache.get(`${req.origin}/bench/${n}/jobs/${i}`, () => renderBenchJobPage(n, i, req.origin, ctx.now)));
      },
    },
  ];
}
