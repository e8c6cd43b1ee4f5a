import type { CheerioAPI } from 'cheerio';
import type { RawPosting } from '@app/postings';
import { findJsonLdNodes, readJsonLdBlocks } from './json-ld';
import { jobPostingFromJsonLd } from './job-posting-json-ld';

/**
 * Every schema.org JobPosting in the page's JSON-LD blocks, as RawPostings. Postings without an
 * identifier or URL of their own share the page URL as external id; the second and later get
 * "#2", "#3" so that several such postings on one page stay apart.
 */
export function jobPostingsOnPage($: CheerioAPI, pageUrl: string, employer?: string): RawPosting[] {
  return jobPostingsInBlocks(readJsonLdBlocks($), pageUrl, employer);
}

/** The same from JSON-LD blocks already read (see readJsonLdBlocksFromHtml). */
export function jobPostingsInBlocks(blocks: unknown[], pageUrl: string, employer?: string): RawPosting[] {
  const nodes = findJsonLdNodes(blocks, 'JobPosting');
  const postings: RawPosting[] = [];
  const used = new Map<string, number>();
  for (const node of nodes) {
    const posting = jobPostingFromJsonLd(node, { pageUrl, employer });
    if (!posting) continue;
    const count = (used.get(posting.externalId) ?? 0) + 1;
    used.set(posting.externalId, count);
    if (count > 1) {
      if (postings.some((p) => p.externalId === posting.externalId && p.title === posting.title)) continue;
      posting.externalId = `${posting.externalId}#${count}`;
    }
    postings.push(posting);
  }
  return postings;
}
