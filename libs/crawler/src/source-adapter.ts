import type { RawPosting } from '@app/postings';

export type SourceKindName =
  | 'jsonld'
  | 'greenhouse'
  | 'lever'
  | 'smartrecruiters'
  | 'personio'
  | 'recruitee'
  | 'workable'
  | 'ashby'
  | 'rss'
  | 'html';

/** CSS selectors of an `html` source (see the sources.yaml format in the README). */
export interface HtmlSelectors {
  item: string;
  link?: string;
  next?: string;
  fields: { title: string } & Record<string, string>;
}

/** What an adapter needs to know of a configured source. */
export interface SourceDefinition {
  name: string;
  kind: SourceKindName;
  /** Entry URL (jsonld, rss, html). */
  url?: string;
  /** Board token / company slug (ATS kinds). */
  board?: string;
  /** Replaces the vendor API's scheme+host (path prefix allowed); tests and the demo use it. */
  baseUrl?: string;
  /** Employer name to use when pages do not name one. */
  employer?: string;
  selectors?: HtmlSelectors;
}

/** One URL to fetch, and what the adapter expects to find there. */
export interface PageRequest {
  url: string;
  /** Adapter-defined: 'listing', 'detail', 'api', ... */
  role: string;
  /** Sent as the Accept header. */
  accept?: string;
  /** Adapter-defined context carried from the page that discovered this one. */
  meta?: Record<string, string | number | boolean>;
}

/** A fetched page handed to an adapter: body already decoded to text and size-limited. */
export interface FetchedPage {
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  body: string;
}

export interface PageResult {
  postings: RawPosting[];
  /** Further pages of the same source: next listing pages, detail pages. */
  next: PageRequest[];
}

/**
 * One per source kind. Pure with respect to I/O: the crawler fetches, the adapter only says
 * where to start and what a fetched page contains. A page that is not a posting (an article,
 * a 404 dressed as 200) yields no postings, never an error.
 */
export interface SourceAdapter {
  readonly kind: SourceKindName;
  /** Throws SourceConfigError naming the field when the definition is unusable. */
  validate(source: SourceDefinition): void;
  start(source: SourceDefinition): PageRequest[];
  /** Throws PermanentPageError for a payload that can never parse (invalid JSON from an API). */
  parse(page: FetchedPage, request: PageRequest, source: SourceDefinition): PageResult;
}
