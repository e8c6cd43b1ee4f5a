import type { Role, SalaryTag, Tags } from '../src/types';
import { ROLES } from '../src/types';
import type { CorpusRow, CorpusSalary } from './dev-corpus';

// Scores tagger output against the corpus labels, per field, per role and per language.

export interface RoleScore {
  role: Role;
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}

export interface FieldAccuracy {
  seniority: number;
  employer: number;
  salary: number;
  language: number;
  remote: number;
  location: number;
}

export interface LanguageBreakdown extends FieldAccuracy {
  language: number;
  code: string;
  postings: number;
  roleExactMatch: number;
  negativeFalsePositives: number;
}

export interface Mismatch {
  id: string;
  field: string;
  expected: unknown;
  got: unknown;
}

export interface CorpusReport {
  postings: number;
  perRole: RoleScore[];
  macroF1: number;
  roleExactMatch: number;
  negatives: number;
  negativeFalsePositiveRate: number;
  seniorityAccuracy: number;
  seniorityAccuracyOnPositives: number;
  employerCanonicalAccuracy: number;
  employerDisplayAccuracy: number;
  salaryExactMatch: number;
  languageAccuracy: number;
  remoteAccuracy: number;
  locationAccuracy: number;
  locationCountryAccuracy: number;
  perLanguage: LanguageBreakdown[];
  mismatches: Mismatch[];
}

const ratio = (hits: number, total: number): number => (total === 0 ? 0 : round(hits / total));
const round = (x: number): number => Math.round(x * 10000) / 10000;

export function sameSalary(got: SalaryTag | null, expected: CorpusSalary | null): boolean {
  if (got === null || expected === null) return got === expected;
  const near = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-6);
  return near(got.min, expected.min) && near(got.max, expected.max) && got.currency === expected.currency && got.period === expected.period;
}

interface RowOutcome {
  row: CorpusRow;
  tags: Tags;
  roleExact: boolean;
  fields: Record<keyof FieldAccuracy, boolean>;
}

function outcome(row: CorpusRow, tags: Tags, mismatches: Mismatch[]): RowOutcome {
  const L = row.labels;
  const got = [...tags.roles].sort().join(',');
  const want = [...L.role].sort().join(',');
  const fields: RowOutcome['fields'] = {
    seniority: tags.seniority === L.seniority,
    employer: (tags.employer?.canonical ?? null) === L.employer_canonical,
    salary: sameSalary(tags.salary, L.salary),
    language: tags.language === L.language,
    remote: tags.remote === L.remote,
    location: tags.location.city === L.location.city && tags.location.country === L.location.country,
  };
  const note = (field: string, expected: unknown, value: unknown) => mismatches.push({ id: row.id, field, expected, got: value });
  if (got !== want) note('roles', L.role, tags.roles);
  if (!fields.seniority) note('seniority', L.seniority, tags.seniority);
  if (!fields.employer) note('employer', L.employer_canonical, tags.employer?.canonical ?? null);
  if (!fields.salary) note('salary', L.salary, tags.salary);
  if (!fields.language) note('language', L.language, tags.language);
  if (!fields.remote) note('remote', L.remote, tags.remote);
  if (!fields.location) note('location', L.location, tags.location);
  return { row, tags, roleExact: got === want, fields };
}

function fieldAccuracy(outcomes: RowOutcome[]): FieldAccuracy {
  const acc = (f: keyof FieldAccuracy) => ratio(outcomes.filter((o) => o.fields[f]).length, outcomes.length);
  return {
    seniority: acc('seniority'),
    employer: acc('employer'),
    salary: acc('salary'),
    language: acc('language'),
    remote: acc('remote'),
    location: acc('location'),
  };
}

export function scoreCorpus(rows: readonly CorpusRow[], tag: (row: CorpusRow) => Tags): CorpusReport {
  const mismatches: Mismatch[] = [];
  const outcomes = rows.map((row) => outcome(row, tag(row), mismatches));

  const perRole = ROLES.map((role): RoleScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const o of outcomes) {
      const want = o.row.labels.role.includes(role);
      const got = o.tags.roles.includes(role);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { role, precision: round(precision), recall: round(recall), f1: round(f1), support: tp + fn, predicted: tp + fp };
  });

  const negatives = outcomes.filter((o) => o.row.labels.role.length === 0);
  const positives = outcomes.filter((o) => o.row.labels.role.length > 0);
  const fields = fieldAccuracy(outcomes);
  const languages = [...new Set(rows.map((r) => r.labels.language))];
  const perLanguage = languages.map((code): LanguageBreakdown => {
    const subset = outcomes.filter((o) => o.row.labels.language === code);
    return {
      code,
      postings: subset.length,
      roleExactMatch: ratio(subset.filter((o) => o.roleExact).length, subset.length),
      negativeFalsePositives: subset.filter((o) => o.row.labels.role.length === 0 && o.tags.roles.length > 0).length,
      ...fieldAccuracy(subset),
    };
  });

  return {
    postings: rows.length,
    perRole,
    macroF1: round(perRole.reduce((sum, r) => sum + r.f1, 0) / perRole.length),
    roleExactMatch: ratio(outcomes.filter((o) => o.roleExact).length, outcomes.length),
    negatives: negatives.length,
    negativeFalsePositiveRate: ratio(negatives.filter((o) => o.tags.roles.length > 0).length, negatives.length),
    seniorityAccuracy: fields.seniority,
    seniorityAccuracyOnPositives: ratio(positives.filter((o) => o.fields.seniority).length, positives.length),
    employerCanonicalAccuracy: fields.employer,
    employerDisplayAccuracy: ratio(outcomes.filter((o) => o.tags.employer?.display === o.row.labels.employer_display).length, outcomes.length),
    salaryExactMatch: fields.salary,
    languageAccuracy: fields.language,
    remoteAccuracy: fields.remote,
    locationAccuracy: fields.location,
    locationCountryAccuracy: ratio(outcomes.filter((o) => o.tags.location.country === o.row.labels.location.country).length, outcomes.length),
    perLanguage,
    mismatches,
  };
}

/** The targets on the dev set. */
export const TARGETS = {
  macroF1: 0.95,
  roleF1: 0.9,
  negativeFalsePositiveRate: 0.03,
  seniorityAccuracy: 0.92,
  employerCanonicalAccuracy: 0.98,
  salaryExactMatch: 0.95,
  languageAccuracy: 0.98,
  postingsPerSecond: 20_000,
} as const;
