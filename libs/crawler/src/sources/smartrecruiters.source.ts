import type { RawPosting } from '@app/postings';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';
import { pickEmployer, requireBoard } from './ats/board-token';
import { joinHtmlSections } from './ats/html-sections';
import { parseJsonPayload, wrongShape } from './ats/json-payload';
import { asRecord, asRecords, compactPosting, readBoolean, readNumber, readText, type PayloadRecord } from './ats/payload-fields';
import { cleanPlaceText, countryCode, joinPlaceParts } from './ats/place-text';
import { validateBaseUrl, vendorUrl } from './ats/vendor-url';

const VENDOR_ORIGIN = 'https://api.smartrecruiters.com';
/** The API's largest page. */
const SMARTRECRUITERS_PAGE_SIZE = 100;
const SECTION_ORDER = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation'];

/**
 * SmartRecruiters Posting API. The list (`GET /v1/companies/{company}/postings?offset&limit`,
 * `{ offset, limit, totalFound, content }`) has no descriptions, so it only yields requests:
 * the next list page while `offset + limit < totalFound`, and one detail
 * (`GET /v1/companies/{company}/postings/{id}`) per job.
 *
 * One job (`refNumber`) may be published in several languages, each under its own posting
 * id. Rule: a job is ONE posting, `externalId = refNumber` (the id when there is none); of
 * its language versions on a list page only one detail is fetched: the default job ad, else
 * the English one, else the first listed. Its language goes to `RawPosting.language`. Should
 * the versions of one job straddle two list pages, both details carry the same externalId and
 * still land on one posting.
 */
export class SmartRecruitersSource implements SourceAdapter {
  readonly kind = 'smartrecruiters' as const;

  validate(source: SourceDefinition): void {
    requireBoard(source, 'path');
    validateBaseUrl(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    return [listRequest(source, 0)];
  }

  parse(page: FetchedPage, request: PageRequest, source: SourceDefinition): PageResult {
    const company = requireBoard(source, 'path');
    const payload = asRecord(parseJsonPayload(page, 'smartrecruiters'));
    if (request.role === 'detail' || (payload && payload.jobAd !== undefined)) {
      if (!payload || readText(payload.id) === undefined) throw wrongShape('smartrecruiters', page, 'a posting object');
      const posting = toRawPosting(payload, page, source, company);
      return { postings: posting ? [posting] : [], next: [] };
    }
    if (!payload || !Array.isArray(payload.content)) throw wrongShape('smartrecruiters', page, 'a "content" array of postings');
    return { postings: [], next: listNext(payload, request, source, company) };
  }
}

function listRequest(source: SourceDefinition, offset: number): PageRequest {
  const company = requireBoard(source, 'path');
  const path = `/v1/companies/${encodeURIComponent(company)}/postings?offset=${offset}&limit=${SMARTRECRUITERS_PAGE_SIZE}`;
  return { url: vendorUrl(source, VENDOR_ORIGIN, path), role: 'list', accept: 'application/json', meta: { offset } };
}

function listNext(payload: PayloadRecord, request: PageRequest, source: SourceDefinition, company: string): PageRequest[] {
  const items = asRecords(payload.content);
  const details = chooseLanguageVersions(items).map((item): PageRequest => {
    const id = readText(item.id) as string;
    const path = `/v1/companies/${encodeURIComponent(company)}/postings/${encodeURIComponent(id)}`;
    return { url: vendorUrl(source, VENDOR_ORIGIN, path), role: 'detail', accept: 'application/json', meta: { postingId: id } };
  });
  // Some captures drop offset/limit from the envelope; the request says which page this was.
  const offset = readNumber(payload.offset) ?? readNumber(request.meta?.offset) ?? 0;
  const limit = readNumber(payload.limit) ?? SMARTRECRUITERS_PAGE_SIZE;
  const total = readNumber(payload.totalFound) ?? 0;
  const nextOffset = offset + Math.max(limit, items.length);
  const more = items.length > 0 && nextOffset < total;
  return more ? [...details, listRequest(source, nextOffset)] : details;
}

/** One list item per job: the default job ad, else English, else the first listed. */
function chooseLanguageVersions(items: PayloadRecord[]): PayloadRecord[] {
  const byJob = new Map<string, PayloadRecord>();
  for (const item of items) {
    const id = readText(item.id);
    if (!id || !/^[A-Za-z0-9_-]+$/.test(id)) continue;
    const key = readText(item.refNumber) ?? id;
    const chosen = byJob.get(key);
    if (!chosen || preference(item) > preference(chosen)) byJob.set(key, item);
  }
  return [...byJob.values()];
}

function preference(item: PayloadRecord): number {
  const isDefault = readBoolean(item.defaultJobAd) === true ? 2 : 0;
  const isEnglish = readText(asRecord(item.language)?.code)?.toLowerCase().startsWith('en') ? 1 : 0;
  return isDefault + isEnglish;
}

function toRawPosting(posting: PayloadRecord, page: FetchedPage, source: SourceDefinition, company: string): RawPosting | undefined {
  const id = readText(posting.id);
  const title = readText(posting.name);
  if (!id || !title) return undefined;
  const location = asRecord(posting.location) ?? {};
  const sections = asRecord(asRecord(posting.jobAd)?.sections) ?? {};
  const region = readText(location.region);
  const country = countryCode(location.country);
  return compactPosting({
    externalId: readText(posting.refNumber) ?? id,
    url: readText(posting.postingUrl) ?? page.finalUrl,
    title,
    description: joinHtmlSections(
      SECTION_ORDER.map((key) => asRecord(sections[key]) ?? {}).map((section) => ({
        heading: readText(section.title),
        html: readText(section.text),
      })),
    ),
    employer: pickEmployer(readText(asRecord(posting.company)?.name), source, company),
    location: cleanPlaceText(location.fullLocation) ?? joinPlaceParts([readText(location.city), region, country]),
    city: readText(location.city),
    region,
    country,
    remote: remoteHint(location),
    employmentType: readText(asRecord(posting.typeOfEmployment)?.label),
    datePosted: readText(posting.releasedDate),
    applyUrl: readText(posting.applyUrl),
    language: readText(asRecord(posting.language)?.code),
    department: readText(asRecord(posting.department)?.label),
  });
}

/** `remote` and `hybrid` are explicit flags; both false means an on-site job. */
function remoteHint(location: PayloadRecord): RawPosting['remote'] {
  const remote = readBoolean(location.remote);
  const hybrid = readBoolean(location.hybrid);
  if (remote) return 'remote';
  if (hybrid) return 'hybrid';
  return remote === false && hybrid === false ? 'onsite' : undefined;
}
