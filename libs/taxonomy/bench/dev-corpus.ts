import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { Role, Seniority, TagInput } from '../src/types';

// The labelled development corpus (read-only, outside the repo). The bench and the shared
// spec read it in place; nothing of it is copied into the repository.

export const DEV_CORPUS_PATH = process.env.TAXONOMY_DEV_CORPUS ?? join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');

export interface CorpusSalary {
  min: number | null;
  max: number | null;
  currency: string;
  period: string;
}

export interface CorpusRow {
  id: string;
  title: string;
  description: string;
  employer_raw: string;
  location_raw: string;
  salary_raw: string | null;
  labels: {
    role: Role[];
    seniority: Seniority | null;
    employer_canonical: string | null;
    employer_display: string;
    language: string;
    remote: string;
    salary: CorpusSalary | null;
    location: { city: string | null; country: string };
  };
}

/** The corpus rows, or null when the file is not there (the bench then says so and exits 0). */
export function loadDevCorpus(path = DEV_CORPUS_PATH): CorpusRow[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusRow);
}

/** A row as the tagger's input, the way a source hands it over. */
export function toTagInput(row: CorpusRow, options: { withSalaryText: boolean } = { withSalaryText: true }): TagInput {
  return {
    title: row.title,
    description: row.description,
    employer: row.employer_raw,
    location: row.location_raw,
    ...(options.withSalaryText && row.salary_raw !== null ? { salary: row.salary_raw } : {}),
  };
}
