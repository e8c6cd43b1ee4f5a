import type { Tags } from '../src/types';
import { sameSalary, scoreCorpus } from './corpus-metrics';
import type { CorpusRow } from './dev-corpus';

function row(id: string, role: CorpusRow['labels']['role'], language: string): CorpusRow {
  return {
    id,
    title: id,
    description: '',
    employer_raw: 'Acme',
    location_raw: 'Tallinn',
    salary_raw: null,
    labels: {
      role,
      seniority: role.length ? 'agent' : null,
      employer_canonical: null,
      employer_display: 'Acme',
      language,
      remote: 'onsite',
      salary: null,
      location: { city: 'Tallinn', country: 'EE' },
    },
  };
}

function tags(roles: Tags['roles']): Tags {
  return {
    roles,
    seniority: roles.length ? 'agent' : null,
    employer: { canonical: null, display: 'Acme', key: 'acme' },
    salary: null,
    salaryAnnual: null,
    language: 'et',
    remote: 'onsite',
    remoteCountries: [],
    location: { city: 'Tallinn', country: 'EE' },
    spokenLanguages: [],
    shifts: [],
    explanation: [],
  };
}

describe('scoreCorpus', () => {
  const rows = [row('a', ['call_center'], 'et'), row('b', ['customer_service'], 'et'), row('c', [], 'en'), row('d', [], 'en')];
  const predicted: Record<string, Tags['roles']> = { a: ['call_center'], b: ['call_center'], c: [], d: ['customer_service'] };
  const report = scoreCorpus(rows, (r) => tags(predicted[r.id]));

  it('computes per-role precision, recall and F1', () => {
    const cc = report.perRole.find((r) => r.role === 'call_center')!;
    expect(cc).toMatchObject({ precision: 0.5, recall: 1, support: 1, predicted: 2 });
    expect(cc.f1).toBeCloseTo(0.6667, 4);
    const cs = report.perRole.find((r) => r.role === 'customer_service')!;
    expect(cs).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('computes exact match, negatives and per-language figures', () => {
    expect(report.roleExactMatch).toBe(0.5);
    expect(report.negativeFalsePositiveRate).toBe(0.5);
    expect(report.languageAccuracy).toBe(0.5);
    expect(report.perLanguage.find((l) => l.code === 'en')).toMatchObject({ postings: 2, negativeFalsePositives: 1, language: 0 });
    expect(report.mismatches.filter((m) => m.field === 'roles').map((m) => m.id)).toEqual(['b', 'd']);
  });
});

describe('sameSalary', () => {
  it('compares every part and treats two nulls as equal', () => {
    const s = { min: 1400, max: 1800, currency: 'EUR', period: 'month' as const };
    expect(sameSalary(s, { min: 1400, max: 1800, currency: 'EUR', period: 'month' })).toBe(true);
    expect(sameSalary(s, { min: 1400, max: null, currency: 'EUR', period: 'month' })).toBe(false);
    expect(sameSalary(null, null)).toBe(true);
    expect(sameSalary(s, null)).toBe(false);
  });
});
