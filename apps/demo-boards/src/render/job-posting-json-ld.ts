import { employerOf } from '../data/employers.data';
import type { DemoPosting } from '../data/posting.types';
import { descriptionHtml } from './posting-description';
import { isoDate, isoSeconds, postingDates } from './posting-dates';

export interface JsonLdOptions {
  origin: string;
  /** Absolute URL of the page that carries the JSON-LD. */
  url: string;
  now: Date;
  /** Some sites (and Google's own examples) put the type list in an array. */
  employmentTypeAsArray?: boolean;
}

const COUNTRY_NAMES: Record<string, string> = {
  EE: 'Estonia',
  NO: 'Norway',
  PL: 'Poland',
  GR: 'Greece',
  US: 'United States',
  DE: 'Germany',
  GB: 'United Kingdom',
  IE: 'Ireland',
  CA: 'Canada',
};

export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}

export function organizationName(posting: DemoPosting): string {
  return posting.hiringOrganization ?? employerOf(posting.employer).name;
}

/** schema.org JobPosting as Google for Jobs documents it. */
export function jobPostingJsonLd(posting: DemoPosting, options: JsonLdOptions): Record<string, unknown> {
  const employer = employerOf(posting.employer);
  const dates = postingDates(posting, options.now);
  const address: Record<string, string> = { '@type': 'PostalAddress' };
  if (posting.place.street) address.streetAddress = posting.place.street;
  address.addressLocality = posting.place.city;
  if (posting.place.region) address.addressRegion = posting.place.region;
  if (posting.place.postalCode) address.postalCode = posting.place.postalCode;
  address.addressCountry = posting.place.country;

  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: posting.title,
    description: descriptionHtml(posting),
    identifier: { '@type': 'PropertyValue', name: organizationName(posting), value: posting.ref },
    datePosted: isoDate(dates.posted),
    validThrough: isoSeconds(dates.validThrough),
    employmentType: options.employmentTypeAsArray ? [posting.employmentType] : posting.employmentType,
    hiringOrganization: {
      '@type': 'Organization',
      name: organizationName(posting),
      sameAs: employer.website,
      logo: `${options.origin}${employer.logo}`,
    },
    jobLocation: { '@type': 'Place', address },
    inLanguage: posting.lang,
    url: options.url,
    directApply: true,
  };
  if (posting.workMode === 'remote') {
    ld.jobLocationType = 'TELECOMMUTE';
    ld.applicantLocationRequirements = { '@type': 'Country', name: countryName(posting.place.country) };
  }
  if (posting.pay) {
    const { min, max, currency, unit } = posting.pay;
    ld.baseSalary = {
      '@type': 'MonetaryAmount',
      currency,
      value:
        max === undefined
          ? { '@type': 'QuantitativeValue', value: min, unitText: unit }
          : { '@type': 'QuantitativeValue', minValue: min, maxValue: max, unitText: unit },
    };
  }
  return ld;
}
