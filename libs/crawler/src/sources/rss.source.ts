import type { RawPosting } from '@app/postings';
import { PermanentPageError, SourceConfigError } from '../errors';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';
import { feedEntries, type FeedEntry } from './ats/feed-entries';
import { preview } from './ats/json-payload';
import { compactPosting } from './ats/payload-fields';
import { vendorDateToIso } from './ats/posting-hints';
import { parseXmlPayload } from './ats/xml-payload';

/** Job boards write "Company: Title" (WeWorkRemotely also "Company : Title"). */
const COMPANY_PREFIX = /^(.{1,80}?)\s*:\s+(\S.*)$/s;
/** The older WeWorkRemotely layout names the place inside the description. */
const LOCATION_IN_DESCRIPTION = /<strong>\s*Location:\s*<\/strong>\s*([^<\n]{1,200})/i;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom job feeds at the source's `url`. A feed with no items is a
 * board with no openings; a document that is no feed at all is a PermanentPageError.
 */
export class RssSource implements SourceAdapter {
  readonly kind = 'rss' as const;

  validate(source: SourceDefinition): void {
    feedUrl(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    return [{ url: feedUrl(source), role: 'feed', accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8' }];
  }

  parse(page: FetchedPage, _request: PageRequest, source: SourceDefinition): PageResult {
    const feed = feedEntries(parseXmlPayload(page, 'rss'));
    if (!feed) throw new PermanentPageError(`rss: ${page.url} is neither an RSS nor an Atom feed: ${preview(page.body)}`);
    const postings = feed.entries.flatMap((entry) => {
      const posting = toRawPosting(entry, page, source);
      return posting ? [posting] : [];
    });
    return { postings, next: [] };
  }
}

function feedUrl(source: SourceDefinition): string {
  const fail = (why: string): never => {
    throw new SourceConfigError(source.name, 'url', why);
  };
  if (typeof source.url !== 'string' || source.url.trim() === '') return fail('is required for rss sources (the feed URL)');
  let parsed: URL;
  try {
    parsed = new URL(source.url.trim());
  } catch {
    return fail(`"${source.url}" is not an absolute URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail('must use http or https');
  if (parsed.username || parsed.password) fail('must not carry credentials');
  return parsed.href;
}

function toRawPosting(entry: FeedEntry, page: FetchedPage, source: SourceDefinition): RawPosting | undefined {
  const url = absoluteHttpUrl(entry.link, page.finalUrl) ?? absoluteHttpUrl(entry.id, page.finalUrl);
  if (!entry.title || !url) return undefined;
  const hint = source.employer?.trim() || undefined;
  const split = splitCompanyFromTitle(entry.title, hint);
  const description = entry.description ?? '';
  return compactPosting({
    externalId: entry.id ?? url,
    url,
    title: split.title,
    description,
    employer: entry.company ?? split.employer ?? entry.author ?? hint ?? readableHost(page.finalUrl),
    location: entry.location ?? LOCATION_IN_DESCRIPTION.exec(description)?.[1]?.trim(),
    employmentType: entry.employmentType,
    datePosted: vendorDateToIso(entry.published ?? entry.updated),
    validThrough: vendorDateToIso(entry.expires),
    applyUrl: url,
    department: entry.categories[0],
  });
}

/**
 * "Acme: Support Agent" → employer Acme, title "Support Agent". With an employer hint the
 * prefix is split off only when it names that employer (a legal entity of it counts:
 * "JPMorgan Chase Bank, N.A." for "JPMorgan Chase"), so a feed of one company's own titles
 * ("Urgent: Night Shift Agent") keeps them whole.
 */
export function splitCompanyFromTitle(title: string, employerHint?: string): { title: string; employer?: string } {
  const match = COMPANY_PREFIX.exec(title.trim());
  if (!match) return { title: title.trim() };
  const [, prefix, rest] = match;
  if (employerHint && !namesSameEmployer(prefix, employerHint)) return { title: title.trim() };
  return { title: rest.trim(), employer: prefix.trim() };
}

function namesSameEmployer(prefix: string, hint: string): boolean {
  const fold = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const a = fold(prefix);
  const b = fold(hint);
  return a.length > 0 && b.length > 0 && (a.startsWith(b) || b.startsWith(a));
}

function absoluteHttpUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Last resort for a feed that names no employer: "jobs.acme-corp.com" → "Acme Corp". */
function readableHost(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return url;
  }
  const labels = host.split('.').filter((label) => !['www', 'jobs', 'careers', 'career', 'rss', 'feeds'].includes(label));
  const name = labels.length > 1 ? labels[labels.length - 2] : (labels[0] ?? host);
  return name
    .split('-')
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(' ');
}
