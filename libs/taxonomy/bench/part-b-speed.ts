// Per-call cost of part B's functions on the dev set (one core), and worst cases on hostile input.
// Run: node -r @swc-node/register libs/taxonomy/bench/part-b-speed.ts
import { readFileSync } from 'node:fs';
import { buildEmployerDirectory, defaultEmployerEntries } from '../src/employers';
import { parseLocation } from '../src/location';
import { detectRemote } from '../src/remote';
import { parseSalary } from '../src/salary';
import { detectShifts } from '../src/shifts';
import { detectSpokenLanguages } from '../src/spoken-languages';

interface Row {
  title: string;
  description: string;
  employer_raw: string;
  location_raw: string;
  salary_raw: string | null;
  labels: { language: string };
}
const path = process.env.DEV_SET ?? '/work/shared/corpus/dev.jsonl';
const rows: Row[] = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const directory = buildEmployerDirectory(defaultEmployerEntries());

const cases: Record<string, (r: Row) => unknown> = {
  employer: (r) => directory.match(r.employer_raw),
  location: (r) => parseLocation(r.location_raw, { language: r.labels.language, text: r.description }),
  salaryField: (r) => parseSalary(r.salary_raw ?? '', { country: null, language: r.labels.language }),
  salaryDescription: (r) => parseSalary(r.description, { country: null, language: r.labels.language }),
  remote: (r) => detectRemote({ title: r.title, description: r.description, location: r.location_raw }),
  spokenLanguages: (r) => detectSpokenLanguages(r.description),
  shifts: (r) => detectShifts(r.description),
};

const ROUNDS = 60;
const report: Record<string, string> = {};
for (const [name, fn] of Object.entries(cases)) {
  for (const r of rows) fn(r);
  const started = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i += 1) for (const r of rows) fn(r);
  const ns = Number(process.hrtime.bigint() - started) / (ROUNDS * rows.length);
  report[name] = `${(ns / 1000).toFixed(2)} µs/call`;
}

const hostile: Record<string, string> = {
  digits: '1 '.repeat(500_000),
  dashes: '1-'.repeat(500_000),
  currency: '€1 000 '.repeat(150_000),
  letters: 'a'.repeat(1_000_000),
  html: '<div class="x">'.repeat(70_000),
  remote: 'remote hybrid '.repeat(75_000),
};
const worst: Record<string, string> = {};
for (const [name, text] of Object.entries(hostile)) {
  const started = process.hrtime.bigint();
  directory.match(text);
  parseLocation(text, { language: 'en', text });
  parseSalary(text, { country: null, language: null });
  detectRemote({ title: text, description: text, location: text });
  detectSpokenLanguages(text);
  detectShifts(text);
  worst[name] = `${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)} ms for all six`;
}
console.log(JSON.stringify({ perCall: report, hostile1MB: worst }, null, 1));
