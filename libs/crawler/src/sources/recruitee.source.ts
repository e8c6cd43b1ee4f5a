import type { RawPosting } from '@app/postings';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';
import { pickEmployer, requireBoard } from './ats/board-token';
import { joinHtmlSections } from './ats/html-sections';
import { parseJsonPayload, wrongShape } from './ats/json-payload';
import { asRecord, asRecords, compactPosting, readBoolean, readNumber, readText, type PayloadRecord } from './ats/payload-fields';
import { countryCode, joinPlaceParts, joinPlaces } from './ats/place-text';
import { salaryPeriod, vendorDateToIso } from './ats/posting-hints';
import { validateBaseUrl, vendorUrl } from './ats/vendor-url';

/**
 * Recruitee careers-site API: `GET https://{company}.recruitee.com/api/offers/` answers
 * `{ offers: [...] }`, every published offer with its description and requirements.
 */
export class RecruiteeSource implements SourceAdapter {
  readonly kind = 'recruitee' as const;

  validate(source: SourceDefinition): void {
    requireBoard(source, 'subdomain');
    validateBaseUrl(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    const company = requireBoard(source, 'subdomain').toLowerCase();
    const url = vendorUrl(source, `https://${company}.recruitee.com`, '/api/offers/');
    return [{ url, role: 'api', accept: 'application/json' }];
  }

  parse(page: FetchedPage, _request: PageRequest, source: SourceDefinition): PageResult {
    const company = requireBoard(source, 'subdomain');
    const payload = asRecord(parseJsonPayload(page, 'recruitee'));
    if (!payload || !Array.isArray(payload.offers)) throw wrongShape('recruitee', page, 'an "offers" array');
    const postings = asRecords(payload.offers).flatMap((offer) => {
      const posting = toRawPosting(offer, page, source, company);
      return posting ? [posting] : [];
    });
    return { postings, next: [] };
  }
}

function toRawPosting(offer: PayloadRecord, page: FetchedPage, source: SourceDefinition, company: string): RawPosting | undefined {
  const id = readText(offer.id) ?? readText(offer.guid);
  const title = readText(offer.title);
  const status = readText(offer.status);
  if (!id || !title || (status !== undefined && status !== 'published')) return undefined;
  const places = asRecords(offer.locations);
  const first = places[0];
  return compactPosting({
    externalId: id,
    url: readText(offer.careers_url) ?? page.finalUrl,
    title,
    description: joinHtmlSections([{ html: readText(offer.description) }, { html: readText(offer.requirements) }]),
    employer: pickEmployer(readText(offer.company_name), source, company),
    location: locationText(offer, places),
    city: readText(first?.city) ?? readText(offer.city),
    region: readText(first?.state) ?? readText(offer.state_name),
    country: countryCode(first?.country_code) ?? countryCode(offer.country_code) ?? readText(offer.country),
    remote: remoteHint(offer),
    salary: salary(offer.salary),
    employmentType: readText(offer.employment_type_code),
    datePosted: vendorDateToIso(offer.published_at) ?? vendorDateToIso(offer.created_at),
    validThrough: vendorDateToIso(offer.close_at),
    applyUrl: readText(offer.careers_apply_url),
    language: offerLanguage(offer, title),
    department: readText(offer.department),
  });
}

/**
 * `location` is sometimes a place ("Berlin, Berlin, Germany") and sometimes a label
 * ("Remote job"); the structured `locations` win, the label only when there is nothing else.
 */
function locationText(offer: PayloadRecord, places: PayloadRecord[]): string | undefined {
  const structured = joinPlaces(
    places.map((place) => joinPlaceParts([readText(place.city) ?? readText(place.name), readText(place.state), readText(place.country)])),
  );
  return (
    structured ??
    joinPlaceParts([readText(offer.city), readText(offer.state_name), readText(offer.country)]) ??
    readText(offer.location)
  );
}

function remoteHint(offer: PayloadRecord): RawPosting['remote'] {
  if (readBoolean(offer.remote)) return 'remote';
  if (readBoolean(offer.hybrid)) return 'hybrid';
  if (readBoolean(offer.on_site)) return 'onsite';
  return undefined;
}

/** Recruitee sends `{ min, max, period, currency }`, numbers as strings, all null when unset. */
function salary(value: unknown): RawPosting['salary'] {
  const range = asRecord(value);
  if (!range) return undefined;
  const min = readNumber(range.min);
  const max = readNumber(range.max);
  if (min === undefined && max === undefined) return undefined;
  return { min, max, currency: readText(range.currency), period: salaryPeriod(range.period) };
}

/** The language whose translation matches the offer's own title (the top-level fields' language). */
function offerLanguage(offer: PayloadRecord, title: string): string | undefined {
  const translations = asRecord(offer.translations);
  if (!translations) return undefined;
  const codes = Object.keys(translations).filter((code) => /^[a-z]{2}(-[A-Za-z]{2})?$/.test(code));
  if (codes.length === 1) return codes[0];
  return codes.find((code) => readText(asRecord(translations[code])?.title) === title);
}
