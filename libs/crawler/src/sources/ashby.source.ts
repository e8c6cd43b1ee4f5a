import type { RawPosting } from '@app/postings';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';
import { pickEmployer, requireBoard } from './ats/board-token';
import { parseJsonPayload, wrongShape } from './ats/json-payload';
import { asRecord, asRecords, compactPosting, readBoolean, readNumber, readText, type PayloadRecord } from './ats/payload-fields';
import { countryCode, joinPlaces } from './ats/place-text';
import { salaryPeriod, workplaceHint } from './ats/posting-hints';
import { validateBaseUrl, vendorUrl } from './ats/vendor-url';

const VENDOR_ORIGIN = 'https://api.ashbyhq.com';

/**
 * Ashby public job board API: `GET /posting-api/job-board/{board}?includeCompensation=true`
 * answers `{ jobs: [...], apiVersion }` with descriptions and, when asked, compensation.
 * Jobs with `isListed: false` are unlisted by the employer and skipped.
 */
export class AshbySource implements SourceAdapter {
  readonly kind = 'ashby' as const;

  validate(source: SourceDefinition): void {
    requireBoard(source, 'path');
    validateBaseUrl(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    const board = requireBoard(source, 'path');
    const url = vendorUrl(source, VENDOR_ORIGIN, `/posting-api/job-board/${encodeURIComponent(board)}?includeCompensation=true`);
    return [{ url, role: 'api', accept: 'application/json' }];
  }

  parse(page: FetchedPage, _request: PageRequest, source: SourceDefinition): PageResult {
    const board = requireBoard(source, 'path');
    const payload = asRecord(parseJsonPayload(page, 'ashby'));
    if (!payload || !Array.isArray(payload.jobs)) throw wrongShape('ashby', page, 'a "jobs" array');
    const postings = asRecords(payload.jobs).flatMap((job) => {
      const posting = toRawPosting(job, page, source, board);
      return posting ? [posting] : [];
    });
    return { postings, next: [] };
  }
}

function toRawPosting(job: PayloadRecord, page: FetchedPage, source: SourceDefinition, board: string): RawPosting | undefined {
  const id = readText(job.id);
  const title = readText(job.title);
  if (!id || !title || readBoolean(job.isListed) === false) return undefined;
  const address = asRecord(asRecord(job.address)?.postalAddress) ?? {};
  const compensation = asRecord(job.compensation);
  return compactPosting({
    externalId: id,
    url: readText(job.jobUrl) ?? page.finalUrl,
    title,
    description: readText(job.descriptionHtml) ?? readText(job.descriptionPlain) ?? '',
    employer: pickEmployer(undefined, source, board),
    location: joinPlaces([readText(job.location), ...asRecords(job.secondaryLocations).map((place) => readText(place.location))]),
    city: readText(address.addressLocality),
    region: readText(address.addressRegion),
    country: countryCode(address.addressCountry),
    remote: workplaceHint(job.workplaceType) ?? (readBoolean(job.isRemote) ? 'remote' : undefined),
    salary: salary(compensation),
    salaryText: readText(compensation?.scrapeableCompensationSalarySummary) ?? readText(compensation?.compensationTierSummary),
    employmentType: readText(job.employmentType),
    datePosted: readText(job.publishedAt),
    applyUrl: readText(job.applyUrl),
    department: readText(job.department) ?? readText(job.team),
  });
}

/** The salary component of the summary (equity and bonus components are other types). */
function salary(compensation: PayloadRecord | undefined): RawPosting['salary'] {
  const component = asRecords(compensation?.summaryComponents).find((part) => readText(part.compensationType)?.toLowerCase() === 'salary');
  if (!component) return undefined;
  const min = readNumber(component.minValue);
  const max = readNumber(component.maxValue);
  if (min === undefined && max === undefined) return undefined;
  return { min, max, currency: readText(component.currencyCode), period: salaryPeriod(component.interval) };
}
