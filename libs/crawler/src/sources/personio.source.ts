import type { RawPosting } from '@app/postings';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';
import { pickEmployer, requireBoard } from './ats/board-token';
import { joinHtmlSections } from './ats/html-sections';
import { wrongShape } from './ats/json-payload';
import { asArray, asRecord, asRecords, compactPosting, readNumber, type PayloadRecord } from './ats/payload-fields';
import { joinPlaces } from './ats/place-text';
import { salaryPeriod } from './ats/posting-hints';
import { validateBaseUrl, vendorUrl } from './ats/vendor-url';
import { parseXmlPayload, xmlText } from './ats/xml-payload';

/**
 * The language asked of the feed. Personio answers the company's default language (often
 * German) unless asked; positions without an English version still come in their own
 * language, so RawPosting.language is left to detection.
 */
const PERSONIO_FEED_LANGUAGE = 'en';

/**
 * Personio XML feed: `GET https://{company}.jobs.personio.de/xml?language=en` answers
 * `<workzag-jobs>` with one `<position>` per opening. An empty `<workzag-jobs/>` is a company
 * with no openings (zero postings), not an outage; any other root is not a Personio feed.
 */
export class PersonioSource implements SourceAdapter {
  readonly kind = 'personio' as const;

  validate(source: SourceDefinition): void {
    requireBoard(source, 'subdomain');
    validateBaseUrl(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    const url = vendorUrl(source, companyOrigin(source), `/xml?language=${PERSONIO_FEED_LANGUAGE}`);
    return [{ url, role: 'feed', accept: 'application/xml, text/xml;q=0.9' }];
  }

  parse(page: FetchedPage, _request: PageRequest, source: SourceDefinition): PageResult {
    const company = requireBoard(source, 'subdomain');
    const tree = parseXmlPayload(page, 'personio');
    if (!('workzag-jobs' in tree)) throw wrongShape('personio', page, 'a <workzag-jobs> root');
    // `<workzag-jobs/>` parses to an empty string: a valid feed with no positions.
    const positions = asRecords(asRecord(tree['workzag-jobs'])?.position);
    const postings = positions.flatMap((position) => {
      const posting = toRawPosting(position, source, company);
      return posting ? [posting] : [];
    });
    return { postings, next: [] };
  }
}

function companyOrigin(source: SourceDefinition): string {
  return `https://${requireBoard(source, 'subdomain').toLowerCase()}.jobs.personio.de`;
}

function toRawPosting(position: PayloadRecord, source: SourceDefinition, company: string): RawPosting | undefined {
  const id = xmlText(position.id);
  const title = xmlText(position.name);
  if (!id || !title || !/^[A-Za-z0-9_-]+$/.test(id)) return undefined;
  const url = vendorUrl(source, companyOrigin(source), `/job/${id}?display=${PERSONIO_FEED_LANGUAGE}`);
  const sections = asRecords(asRecord(position.jobDescriptions)?.jobDescription).map((section) => ({
    heading: xmlText(section.name),
    html: xmlText(section.value),
  }));
  const additionalOffices = asArray(asRecord(position.additionalOffices)?.office).map(xmlText);
  return compactPosting({
    externalId: id,
    url,
    title,
    description: joinHtmlSections(sections),
    employer: pickEmployer(xmlText(position.subcompany), source, company),
    location: joinPlaces([xmlText(position.office), ...additionalOffices]),
    salary: salary(position.salaryInformation),
    employmentType: [xmlText(position.schedule), xmlText(position.employmentType)].filter(Boolean).join(', '),
    datePosted: xmlText(position.createdAt),
    applyUrl: `${url}#apply`,
    department: xmlText(position.department),
  });
}

function salary(value: unknown): RawPosting['salary'] {
  const info = asRecord(value);
  if (!info) return undefined;
  const min = readNumber(xmlText(info.min));
  const max = readNumber(xmlText(info.max));
  if (min === undefined && max === undefined) return undefined;
  return { min, max, currency: xmlText(info.currencyCode) ?? xmlText(info.currencySymbol), period: salaryPeriod(xmlText(info.type)) };
}
