import { Counter, type Registry } from 'prom-client';

export type PageOutcome = 'fetched' | 'not_modified' | 'skipped' | 'failed';
export type PostingOutcome = 'new' | 'merged' | 'updated' | 'unchanged' | 'closed';
export type RunStatus = 'succeeded' | 'partial' | 'failed';

/** What crawling brought in, per source (its name: a small, operator-chosen set). */
export class CrawlMetrics {
  private readonly pages: Counter<'source' | 'outcome'>;
  private readonly postings: Counter<'source' | 'outcome'>;
  private readonly runs: Counter<'source' | 'status'>;

  constructor(registry: Registry) {
    this.pages = new Counter({
      name: 'frontline_crawl_pages_total',
      help: 'Pages crawled, by source and outcome (fetched, not_modified, skipped by robots.txt, failed for good).',
      labelNames: ['source', 'outcome'],
      registers: [registry],
    });
    this.postings = new Counter({
      name: 'frontline_crawl_postings_total',
      help: 'Postings stored from crawls, by source and outcome (new, merged into another source\'s posting, updated, unchanged, closed).',
      labelNames: ['source', 'outcome'],
      registers: [registry],
    });
    this.runs = new Counter({
      name: 'frontline_crawl_runs_total',
      help: 'Crawl runs finished, by source and status.',
      labelNames: ['source', 'status'],
      registers: [registry],
    });
  }

  page(source: string, outcome: PageOutcome): void {
    this.pages.inc({ source, outcome });
  }

  postingsStored(source: string, outcome: PostingOutcome, count = 1): void {
    if (count > 0) this.postings.inc({ source, outcome }, count);
  }

  runFinished(source: string, status: RunStatus): void {
    this.runs.inc({ source, status });
  }
}
