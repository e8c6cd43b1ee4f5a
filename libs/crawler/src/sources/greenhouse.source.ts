import type { RawPosting } from '@app/postings';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';
import { pickEmployer, requireBoard } from './ats/board-token';
import { unescapeHtmlOnce } from './ats/escaped-html';
import { parseJsonPayload, wrongShape } from './ats/json-payload';
import { asRecord, asRecords, compactPosting, readNumber, readText, type PayloadRecord } from './ats/payload-fields';
import { joinPlaces } from './ats/place-text';
import { validateBaseUrl, vendorUrl } from './ats/vendor-url';

const VENDOR_ORIGIN = 'https://boards-api.greenhouse.io';

/**
 * Greenhouse Job Board API: `GET /v1/boards/{board}/jobs?content=true` answers
 * `{ jobs: [...], meta: { total } }` with every job's description; one request per board.
 * The single-job answer (`/v1/boards/{board}/jobs/{id}`) is read too.
 */
export class GreenhouseSource implements SourceAdapter {
  readonly kind = 'greenhouse' as const;

  validate(source: SourceDefinition): void {
    requireBoard(source, 'path');
    validateBaseUrl(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    const board = requireBoard(source, 'path');
    const url = vendorUrl(source, VENDOR_ORIGIN, `/v1/boards/${encodeURIComponent(board)}/jobs?content=true`);
    return [{ url, role: 'api', accept: 'application/json' }];
  }

  parse(page: FetchedPage, _request: PageRequest, source: SourceDefinition): PageResult {
    const board = requireBoard(source, 'path');
    const payload = asRecord(parseJsonPayload(page, 'greenhouse'));
    if (!payload) throw wrongShape('greenhouse', page, 'a job board object');
    let jobs: PayloadRecord[];
    if (Array.isArray(payload.jobs)) jobs = asRecords(payload.jobs);
    else if (payload.id !== undefined && payload.title !== undefined) jobs = [payload];
    else throw wrongShape('greenhouse', page, 'a "jobs" array');
    const postings = jobs.flatMap((job) => {
      const posting = toRawPosting(job, page, source, board);
      return posting ? [posting] : [];
    });
    return { postings, next: [] };
  }
}

function toRawPosting(job: PayloadRecord, page: FetchedPage, source: SourceDefinition, board: string): RawPosting | undefined {
  const id = readText(job.id);
  const title = readText(job.title);
  if (!id || !title) return undefined;
  const offices = asRecords(job.offices);
  const absoluteUrl = readText(job.absolute_url);
  return compactPosting({
    externalId: id,
    url: absoluteUrl ?? page.finalUrl,
    title,
    description: unescapeHtmlOnce(readText(job.content) ?? ''),
    employer: pickEmployer(readText(job.company_name), source, board),
    location: readText(asRecord(job.location)?.name) ?? joinPlaces(offices.map((office) => readText(office.location) ?? readText(office.name))),
    salary: payRange(job),
    employmentType: metadataValue(job, /^(employment type|time type|job type)$/i),
    datePosted: readText(job.first_published) ?? readText(job.updated_at),
    validThrough: readText(job.application_deadline),
    applyUrl: absoluteUrl,
    language: readText(job.language),
    department: asRecords(job.departments)
      .map((department) => readText(department.name))
      .filter((name): name is string => name !== undefined)
      .join(', '),
  });
}

/** `metadata` is a list of custom fields `{ name, value, value_type }`; values may be lists. */
function metadataValue(job: PayloadRecord, name: RegExp): string | undefined {
  for (const field of asRecords(job.metadata)) {
    if (!name.test(readText(field.name) ?? '')) continue;
    const value = Array.isArray(field.value) ? field.value.map((item) => readText(item)).filter(Boolean).join(', ') : readText(field.value);
    if (value) return value;
  }
  return undefined;
}

/** Pay transparency ranges (`pay_input_ranges`, present when the board publishes them) are in cents. */
function payRange(job: PayloadRecord): RawPosting['salary'] {
  const range = asRecords(job.pay_input_ranges)[0];
  if (!range) return undefined;
  const min = readNumber(range.min_cents);
  const max = readNumber(range.max_cents);
  if (min === undefined && max === undefined) return undefined;
  return {
    min: min === undefined ? undefined : min / 100,
    max: max === undefined ? undefined : max / 100,
    currency: readText(range.currency_type),
  };
}
