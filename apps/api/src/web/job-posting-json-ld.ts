import type { PostingDetail } from './board.types';

const EMPLOYMENT_TYPES: Record<string, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
  volunteer: 'VOLUNTEER',
  per_diem: 'PER_DIEM',
  other: 'OTHER',
};

const toNumber = (value: unknown): number | undefined => {
  if (value === null || value === undefined) return undefined;
  const n = Number(String(value));
  return Number.isFinite(n) ? n : undefined;
};

/** Drops undefined members so that the block carries only what is known. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/**
 * schema.org JobPosting for a job page, with Google's required properties (title, description,
 * datePosted, hiringOrganization, jobLocation, or jobLocationType TELECOMMUTE with
 * applicantLocationRequirements for remote jobs) and the recommended ones the posting has
 * (validThrough, employmentType, baseSalary, identifier, directApply).
 */
export function jobPostingJsonLd(posting: PostingDetail, pageUrl: string): Record<string, unknown> {
  const remote = posting.remoteMode === 'remote';
  const address = compact({ '@type': 'PostalAddress', addressLocality: posting.city, addressRegion: posting.region, addressCountry: posting.country });
  const hasPlace = Boolean(posting.city || posting.country);
  const allowedCountries = posting.remoteCountries.length > 0 ? posting.remoteCountries : posting.country ? [posting.country] : [];
  const min = toNumber(posting.salaryMin);
  const max = toNumber(posting.salaryMax);
  const salary =
    posting.salaryCurrency && posting.salaryPeriod && (min !== undefined || max !== undefined)
      ? {
          '@type': 'MonetaryAmount',
          currency: posting.salaryCurrency,
          value: compact({ '@type': 'QuantitativeValue', minValue: min, maxValue: max, unitText: posting.salaryPeriod.toUpperCase() }),
        }
      : undefined;
  return compact({
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: posting.title,
    description: posting.description,
    datePosted: (posting.postedAt ?? posting.createdAt).toISOString(),
    validThrough: posting.validThrough?.toISOString(),
    employmentType: posting.employmentType ? EMPLOYMENT_TYPES[posting.employmentType] : undefined,
    hiringOrganization: { '@type': 'Organization', name: posting.employer?.displayName ?? posting.employerName },
    jobLocation: hasPlace ? { '@type': 'Place', address } : undefined,
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: remote && allowedCountries.length > 0 ? allowedCountries.map((name) => ({ '@type': 'Country', name })) : undefined,
    baseSalary: salary,
    identifier: { '@type': 'PropertyValue', name: 'Frontline', value: posting.id },
    directApply: false,
    url: pageUrl,
  });
}

/**
 * JSON for a <script type="application/ld+json"> block: `<`, `>` and `&` escaped so that no
 * string in a crawled posting ("</script><script>…") can end the block, line separators
 * escaped so that the JSON is also valid JavaScript.
 */
export function jsonLdScriptBody(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
