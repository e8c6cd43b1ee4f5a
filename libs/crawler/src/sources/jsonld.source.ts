import { requireEntryUrl } from '../html/entry-url';
import { loadHtml } from '../html/load-html';
import { findNextPageUrl, findPostingLinks } from '../html/listing-links';
import { jobPostingsInBlocks, jobPostingsOnPage } from '../html/job-postings-on-page';
import { readJsonLdBlocksFromHtml } from '../html/json-ld';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';

const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/**
 * Career sites whose posting pages carry schema.org JobPosting JSON-LD (what Google for Jobs
 * reads). The entry URL is a listing: its links to posting pages and its next page are followed;
 * every page, listing included, contributes the JobPostings it carries. A page without any
 * (an article, a "not found" page served with 200) contributes nothing.
 */
export class JsonLdSource implements SourceAdapter {
  readonly kind = 'jsonld' as const;

  validate(source: SourceDefinition): void {
    requireEntryUrl(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    return [{ url: requireEntryUrl(source), role: 'listing', accept: HTML_ACCEPT }];
  }

  parse(page: FetchedPage, request: PageRequest, source: SourceDefinition): PageResult {
    // A posting page is read for its JSON-LD only: no DOM needed (parsing is most of a crawl's CPU).
    if (request.role !== 'listing') return { postings: jobPostingsInBlocks(readJsonLdBlocksFromHtml(page.body), page.url, source.employer), next: [] };
    const $ = loadHtml(page.body);
    const postings = jobPostingsOnPage($, page.url, source.employer);

    // Links are resolved against where the page really is (after redirects).
    const at = page.finalUrl || page.url;
    const nextListing = findNextPageUrl($, at);
    const exclude = [page.url, ...(nextListing ? [nextListing] : [])];
    const details = findPostingLinks($, at, exclude).map((url): PageRequest => ({ url, role: 'detail', accept: HTML_ACCEPT }));
    const next = nextListing ? [...details, { url: nextListing, role: 'listing', accept: HTML_ACCEPT }] : details;
    return { postings, next };
  }
}
