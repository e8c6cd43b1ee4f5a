import { jobPostingJsonLd, jsonLdScriptBody } from './job-posting-json-ld';
import type { PostingDetail } from './board.types';

const base = {
  id: '0b8f9a4e-1c1d-4f43-9a55-7b8f35d6c2aa',
  title: 'Kundeservicemedarbeider',
  description: '<p>Hjelp kundene våre.</p>',
  employerName: 'Fjordkraft',
  employer: null,
  city: 'Bergen',
  region: null,
  country: 'NO',
  remoteMode: 'onsite',
  remoteCountries: [],
  salaryMin: '38000',
  salaryMax: null,
  salaryCurrency: 'NOK',
  salaryPeriod: 'month',
  employmentType: 'part_time',
  postedAt: new Date('2026-11-20T08:00:00Z'),
  validThrough: null,
  createdAt: new Date('2026-11-21T08:00:00Z'),
} as unknown as PostingDetail;

describe('JobPosting JSON-LD', () => {
  it('has the properties Google requires, and the recommended ones the posting knows', () => {
    expect(jobPostingJsonLd(base, 'https://jobs.test/jobs/x')).toEqual({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Kundeservicemedarbeider',
      description: '<p>Hjelp kundene våre.</p>',
      datePosted: '2026-11-20T08:00:00.000Z',
      employmentType: 'PART_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Fjordkraft' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Bergen', addressCountry: 'NO' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'NOK', value: { '@type': 'QuantitativeValue', minValue: 38000, unitText: 'MONTH' } },
      identifier: { '@type': 'PropertyValue', name: 'Frontline', value: base.id },
      directApply: false,
      url: 'https://jobs.test/jobs/x',
    });
  });

  it('marks remote work as TELECOMMUTE with the countries it is open to', () => {
    const ld = jobPostingJsonLd({ ...base, remoteMode: 'remote', remoteCountries: ['NO', 'SE'], city: null, country: null, postedAt: null } as PostingDetail, 'u');
    expect(ld).toMatchObject({ jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: [{ '@type': 'Country', name: 'NO' }, { '@type': 'Country', name: 'SE' }], datePosted: '2026-11-21T08:00:00.000Z' });
    expect(ld).not.toHaveProperty('jobLocation');
  });

  it('cannot be closed early by what a posting contains', () => {
    const body = jsonLdScriptBody({ title: '</script><script>alert(1)</script> & \u2028' });
    expect(body).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(body)).toEqual({ title: '</script><script>alert(1)</script> & \u2028' });
  });
});
