import type { RawPosting } from '@app/postings';
import { PermanentPageError } from '../errors';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';
import { pickEmployer, requireBoard } from './ats/board-token';
import { joinHtmlSections } from './ats/html-sections';
import { parseJsonPayload, wrongShape } from './ats/json-payload';
import { asArray, asRecord, asRecords, compactPosting, readNumber, readText, type PayloadRecord } from './ats/payload-fields';
import { countryCode, joinPlaces } from './ats/place-text';
import { epochMsToIso, salaryPeriod, workplaceHint } from './ats/posting-hints';
import { validateBaseUrl, vendorUrl } from './ats/vendor-url';

const VENDOR_ORIGIN = 'https://api.lever.co';

/**
 * Lever postings API: `GET /v0/postings/{site}?mode=json` answers a bare array of every
 * published posting. An unknown site answers 404 `{ ok: false, error }` (the fetcher's
 * PermanentFetchError); the same object with 200 is read here as "not a board". Lever's EU
 * instance is `https://api.eu.lever.co`, reachable through `baseUrl`.
 */
export class LeverSource implements SourceAdapter {
  readonly kind = 'lever' as const;

  validate(source: SourceDefinition): void {
    requireBoard(source, 'path');
    validateBaseUrl(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    const site = requireBoard(source, 'path');
    const url = vendorUrl(source, VENDOR_ORIGIN, `/v0/postings/${encodeURIComponent(site)}?mode=json`);
    return [{ url, role: 'api', accept: 'application/json' }];
  }

  parse(page: FetchedPage, _request: PageRequest, source: SourceDefinition): PageResult {
    const site = requireBoard(source, 'path');
    const payload = parseJsonPayload(page, 'lever');
    if (!Array.isArray(payload)) {
      const object = asRecord(payload);
      if (object && object.ok === false) {
        const reason = readText(object.error) ?? 'no reason given';
        throw new PermanentPageError(`lever: site "${site}" is not a Lever board (${page.url} answered ok:false: ${reason})`);
      }
      throw wrongShape('lever', page, 'a postings array');
    }
    const postings = asRecords(payload).flatMap((posting) => {
      const raw = toRawPosting(posting, page, source, site);
      return raw ? [raw] : [];
    });
    return { postings, next: [] };
  }
}

function toRawPosting(posting: PayloadRecord, page: FetchedPage, source: SourceDefinition, site: string): RawPosting | undefined {
  const id = readText(posting.id);
  const title = readText(posting.text);
  if (!id || !title) return undefined;
  const categories = asRecord(posting.categories) ?? {};
  const hostedUrl = readText(posting.hostedUrl);
  const salaryText = readText(posting.salaryDescriptionPlain);
  return compactPosting({
    externalId: id,
    url: hostedUrl ?? page.finalUrl,
    title,
    description: description(posting),
    employer: pickEmployer(undefined, source, site),
    location: joinPlaces(asArray(categories.allLocations).map(readText)) ?? readText(categories.location),
    country: countryCode(posting.country),
    remote: workplaceHint(posting.workplaceType),
    salary: salaryRange(posting.salaryRange),
    salaryText,
    employmentType: readText(categories.commitment),
    datePosted: epochMsToIso(posting.createdAt),
    applyUrl: readText(posting.applyUrl),
    department: readText(categories.department) ?? readText(categories.team),
  });
}

/**
 * `description` is the opening and body as HTML; `lists` (requirements, benefits...) and
 * `additional` are separate. Some boards send only the plain-text variants.
 */
function description(posting: PayloadRecord): string {
  const lists = asRecords(posting.lists).map((list) => ({
    heading: readText(list.text),
    html: readText(list.content) ? `<ul>${readText(list.content)}</ul>` : undefined,
  }));
  const html = joinHtmlSections([{ html: readText(posting.description) }, ...lists, { html: readText(posting.additional) }]);
  if (html) return html;
  // Plain text stays plain: the normaliser turns it into paragraphs.
  return [posting.descriptionPlain, posting.additionalPlain]
    .map(readText)
    .filter((text): text is string => !!text)
    .join('\n\n');
}

function salaryRange(value: unknown): RawPosting['salary'] {
  const range = asRecord(value);
  if (!range) return undefined;
  const min = readNumber(range.min);
  const max = readNumber(range.max);
  if (min === undefined && max === undefined) return undefined;
  return { min, max, currency: readText(range.currency), period: salaryPeriod(range.interval) };
}
