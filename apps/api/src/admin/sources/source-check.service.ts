import { BadGatewayException, BadRequestException, HttpException, Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  adapterFor,
  loadHtml,
  PageFetcher,
  pageFetcherFromConfig,
  PermanentFetchError,
  PermanentPageError,
  RobotsDisallowedError,
  TransientFetchError,
  type FetchedPage,
  type PageRequest,
  type SourceDefinition,
} from '@app/crawler';
import { redisOptionsFromUrl } from '@app/queue';

/** How long a sample fetch may wait for the host's politeness slot before giving up. */
const MAX_POLITE_WAIT_MS = 10_000;
const URL_KINDS = new Set(['jsonld', 'rss', 'html']);

export interface SourceCheck {
  /** The URL fetched first (the listing, feed or API page). */
  url: string;
  status: number;
  /** Postings found on the sample: on the first page, or on the first posting page it links to. */
  postings: number;
  /** Further pages the first one leads to (posting pages, next listing pages). */
  links: number;
}

function invalid(field: string, message: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, message: `${field}: ${message}`, parameters: [field] });
}

/**
 * Tries a source before it is saved: its adapter's own validation, then a real fetch of its
 * first page through the crawler's PageFetcher (robots.txt, address guard, per-host politeness
 * shared with the workers). An html source must find a posting with its selectors; an ATS board
 * token must be known to the vendor.
 */
@Injectable()
export class SourceCheckService implements OnModuleDestroy {
  private fetcher?: { fetcher: PageFetcher; redis: Redis };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** SourceConfigError → 400 naming the field. */
  validate(definition: SourceDefinition): void {
    try {
      adapterFor(definition.kind).validate(definition);
    } catch (err) {
      const field = (err as { field?: unknown }).field;
      if (typeof field === 'string') throw invalid(field, (err as Error).message.replace(/^source "[^"]*": [^:]*: /, ''));
      throw err;
    }
  }

  async check(definition: SourceDefinition): Promise<SourceCheck> {
    this.validate(definition);
    const adapter = adapterFor(definition.kind);
    const field = URL_KINDS.has(definition.kind) ? 'url' : 'board';
    const [first] = adapter.start(definition);
    if (!first) throw invalid(field, 'gives the crawler no page to start from');
    const page = await this.fetch(first, field, definition);
    const result = this.parse(adapter.parse.bind(adapter), page, first, definition, field);
    let postings = result.postings.length;
    if (definition.kind === 'html' && postings === 0) postings = await this.sampleHtmlDetail(definition, page, result.next);
    return { url: first.url, status: page.status, postings, links: result.next.length };
  }

  onModuleDestroy(): void {
    this.fetcher?.fetcher.close();
    this.fetcher?.redis.disconnect();
  }

  /** An html source must find a posting: on the listing itself, or on the first page it links to. */
  private async sampleHtmlDetail(definition: SourceDefinition, listing: FetchedPage, next: PageRequest[]): Promise<number> {
    const selectors = definition.selectors!;
    const detail = next.find((r) => r.role === 'detail');
    if (!detail) {
      const items = loadHtml(listing.body)(selectors.item).length;
      if (items === 0) throw invalid('selectors.item', `"${selectors.item}" matched nothing on ${listing.url}`);
      throw invalid(selectors.link ? 'selectors.link' : 'selectors.fields.title', `${items} items matched on ${listing.url}, but none gave a posting (no link, or no title)`);
    }
    const page = await this.fetch(detail, 'url', definition);
    const found = this.parse(adapterFor('html').parse.bind(adapterFor('html')), page, detail, definition, 'selectors.fields.title').postings.length;
    if (found === 0) throw invalid('selectors.fields.title', `"${selectors.fields.title}" found no posting on ${detail.url}`);
    return found;
  }

  private parse<T>(parse: (p: FetchedPage, r: PageRequest, d: SourceDefinition) => T, page: FetchedPage, request: PageRequest, definition: SourceDefinition, field: string): T {
    try {
      return parse(page, request, definition);
    } catch (err) {
      if (err instanceof PermanentPageError) throw invalid(field, `${request.url} did not answer with a ${definition.kind} page: ${err.message}`);
      throw err;
    }
  }

  private async fetch(request: PageRequest, field: string, definition: SourceDefinition): Promise<FetchedPage> {
    const fetcher = this.sampleFetcher();
    const politeness = !this.config.CRAWL_UNTHROTTLED_HOSTS.includes(safeHostname(request.url));
    const deadline = Date.now() + MAX_POLITE_WAIT_MS;
    for (;;) {
      let outcome;
      try {
        outcome = await fetcher.fetchPage(request, { politeness, conditional: false });
      } catch (err) {
        throw this.fetchProblem(err, request, field, definition);
      }
      if (outcome.kind === 'page') return outcome.page;
      if (outcome.kind === 'not-modified') throw new BadGatewayException({ statusCode: 502, message: `${request.url} answered 304 to an unconditional request` });
      if (Date.now() + outcome.ms > deadline) {
        throw new HttpException(
          { statusCode: 503, message: `${safeHostname(request.url)} may not be asked again for ${Math.ceil(outcome.ms / 1000)} s (politeness); try again then` },
          503,
        );
      }
      await new Promise((r) => setTimeout(r, outcome.ms));
    }
  }

  private fetchProblem(err: unknown, request: PageRequest, field: string, definition: SourceDefinition): HttpException | unknown {
    if (err instanceof RobotsDisallowedError) return invalid('url', `robots.txt of the site disallows ${request.url}`);
    if (err instanceof PermanentFetchError) {
      const what = err.status === 404 || err.status === 410 ? (field === 'board' ? `no board "${definition.board}" there` : 'no such page') : err.message;
      const where = definition.baseUrl && field === 'board' ? ` (via baseUrl ${definition.baseUrl})` : '';
      return invalid(field, `${request.url}${where}: ${what}${err.status ? ` (HTTP ${err.status})` : ''}`);
    }
    if (err instanceof TransientFetchError) {
      return new BadGatewayException({ statusCode: 502, message: `could not check ${request.url}: ${err.message}; nothing was saved, try again` });
    }
    return err;
  }

  private sampleFetcher(): PageFetcher {
    if (!this.fetcher) {
      const c = this.config;
      const redis = new Redis({ ...redisOptionsFromUrl(c.REDIS_URL), maxRetriesPerRequest: 3 });
      // The workers' key prefix: robots.txt, politeness and host statistics are shared with them,
      // so a check is one more polite request.
      const fetcher = pageFetcherFromConfig(c, redis);
      this.fetcher = { fetcher, redis };
    }
    return this.fetcher.fetcher;
  }
}

function safeHostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
