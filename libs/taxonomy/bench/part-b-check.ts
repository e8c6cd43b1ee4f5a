import { join } from 'node:path';
// Part B's own check on the dev set: employer, salary, location and remote, per language.
// Run: node -r @swc-node/register libs/taxonomy/bench/part-b-check.ts [--verbose] [--from-description]
import { readFileSync } from 'node:fs';
import { buildEmployerDirectory, defaultEmployerEntries } from '../src/employers';
import { parseLocation } from '../src/location';
import { detectRemote } from '../src/remote';
import { parseSalary } from '../src/salary';

interface Row {
  id: string;
  title: string;
  description: string;
  employer_raw: string;
  location_raw: string;
  salary_raw: string | null;
  labels: {
    language: string;
    employer_canonical: string | null;
    employer_display: string;
    remote: string;
    salary: { min: number; max: number | null; currency: string; period: string } | null;
    location: { city: string | null; country: string };
  };
}

const verbose = process.argv.includes('--verbose');
const fromDescription = process.argv.includes('--from-description');
const path = process.env.DEV_SET ?? join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');
const rows: Row[] = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const directory = buildEmployerDirectory(defaultEmployerEntries());
const fields = ['employer', 'display', 'salary', 'remote', 'location'] as const;
type Field = (typeof fields)[number];
const score: Record<string, Record<Field, [number, number]>> = {};
const bump = (lang: string, f: Field, ok: boolean): void => {
  for (const k of [lang, 'all']) {
    score[k] ??= { employer: [0, 0], display: [0, 0], salary: [0, 0], remote: [0, 0], location: [0, 0] };
    score[k][f][0] += ok ? 1 : 0;
    score[k][f][1] += 1;
  }
};
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const started = process.hrtime.bigint();
for (const r of rows) {
  const lang = r.labels.language;
  const emp = directory.match(r.employer_raw).tag;
  const loc = parseLocation(r.location_raw, { language: lang, text: r.description }).location;
  const salaryText = fromDescription ? r.description : (r.salary_raw ?? '');
  const sal = parseSalary(salaryText, { country: loc.country, language: lang }).salary;
  const rem = detectRemote({ title: r.title, description: r.description, location: r.location_raw }).remote;
  const results: Record<Field, [unknown, unknown]> = {
    employer: [emp.canonical, r.labels.employer_canonical],
    display: [emp.display, r.labels.employer_display],
    salary: [sal, r.labels.salary],
    remote: [rem, r.labels.remote],
    location: [loc, r.labels.location],
  };
  for (const f of fields) {
    const ok = same(results[f][0], results[f][1]);
    bump(lang, f, ok);
    if (!ok && verbose) {
      const input = f === 'salary' ? salaryText.slice(0, 120) : f === 'location' ? r.location_raw : f === 'remote' ? r.location_raw : r.employer_raw;
      console.log(`${r.id} ${lang} ${f}: got ${JSON.stringify(results[f][0])} want ${JSON.stringify(results[f][1])} | ${JSON.stringify(input)}`);
    }
  }
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
const table: Record<string, Record<string, string>> = {};
for (const [lang, s] of Object.entries(score)) {
  table[lang] = Object.fromEntries(fields.map((f) => [f, `${(s[f][0] / s[f][1]).toFixed(3)} (${s[f][0]}/${s[f][1]})`]));
}
console.log(JSON.stringify({ source: fromDescription ? 'description' : 'salary_raw', perLanguage: table, elapsedMs: Math.round(elapsedMs) }, null, 1));
