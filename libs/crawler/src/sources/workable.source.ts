import type { RawPosting } from '@app/postings';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';
import { pickEmployer, requireBoard } from './ats/board-token';
import { joinHtmlSections } from './ats/html-sections';
import { parseJsonPayload, wrongShape } from './ats/json-payload';
import { asRecord, asRecords, compactPosting, readBoolean, readText, type PayloadRecord } from './ats/payload-fields';
import { countryCode, joinPlaceParts, joinPlaces } from './ats/place-text';
import { workplaceHint } from './ats/posting-hints';
import { validateBaseUrl, vendorUrl } from './ats/vendor-url';

const VENDOR_ORIGIN = 'https://apply.workable.com';

/**
 * Workable's public widget API: `GET /api/v1/widget/accounts/{account}?details=true` answers
 * `{ name, description, jobs: [...] }`; `details=true` adds each job's description. A job
 * open in several places is listed once per place under the same `shortcode`: one posting,
 * its places joined.
 */
export class WorkableSource implements SourceAdapter {
  readonly kind = 'workable' as const;

  validate(source: SourceDefinition): void {
    requireBoard(source, 'path');
    validateBaseUrl(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    const account = requireBoard(source, 'path');
    const url = vendorUrl(source, VENDOR_ORIGIN, `/api/v1/widget/accounts/${encodeURIComponent(account)}?details=true`);
    return [{ url, role: 'api', accept: 'application/json' }];
  }

  parse(page: FetchedPage, _request: PageRequest, source: SourceDefinition): PageResult {
    const account = requireBoard(source, 'path');
    const payload = asRecord(parseJsonPayload(page, 'workable'));
    if (!payload || !Array.isArray(payload.jobs)) throw wrongShape('workable', page, 'a "jobs" array');
    const employer = pickEmployer(readText(payload.name), source, account);
    const postings = [...groupByShortcode(asRecords(payload.jobs)).values()].flatMap((listings) => {
      const posting = toRawPosting(listings, page, employer);
      return posting ? [posting] : [];
    });
    return { postings, next: [] };
  }
}

function groupByShortcode(jobs: PayloadRecord[]): Map<string, PayloadRecord[]> {
  const groups = new Map<string, PayloadRecord[]>();
  for (const job of jobs) {
    const shortcode = readText(job.shortcode);
    if (!shortcode) continue;
    groups.set(shortcode, [...(groups.get(shortcode) ?? []), job]);
  }
  return groups;
}

function toRawPosting(listings: PayloadRecord[], page: FetchedPage, employer: string): RawPosting | undefined {
  const job = listings[0];
  const shortcode = readText(job.shortcode) as string;
  const title = readText(job.title);
  if (!title) return undefined;
  const places = listings.flatMap(placesOf);
  const first = places[0];
  return compactPosting({
    externalId: shortcode,
    url: readText(job.url) ?? readText(job.shortlink) ?? page.finalUrl,
    title,
    description: joinHtmlSections([
      { html: readText(job.description) },
      { heading: 'Requirements', html: readText(job.requirements) },
      { heading: 'Benefits', html: readText(job.benefits) },
    ]),
    employer,
    location: joinPlaces(places.map((place) => place.text)),
    city: first?.city,
    region: first?.region,
    country: first?.country,
    remote: readBoolean(job.telecommuting) ? 'remote' : workplaceHint(job.workplace_type ?? job.workplace),
    employmentType: readText(job.employment_type),
    datePosted: readText(job.published_on) ?? readText(job.created_at),
    applyUrl: readText(job.application_url),
    department: readText(job.department),
  });
}

interface Place {
  text?: string;
  city?: string;
  region?: string;
  country?: string;
}

/** `locations[]` (hidden ones skipped), else the flat city/state/country of the listing. */
function placesOf(job: PayloadRecord): Place[] {
  const listed = asRecords(job.locations).filter((place) => readBoolean(place.hidden) !== true);
  const raw = listed.length > 0 ? listed : [{ city: job.city, region: job.state, country: job.country, countryCode: job.country_code }];
  return raw.map((place) => {
    const city = readText(place.city);
    const region = readText(place.region);
    const countryName = readText(place.country);
    return {
      text: joinPlaceParts([city, region, countryName]),
      city,
      region,
      country: countryCode(place.countryCode) ?? countryName,
    };
  });
}
