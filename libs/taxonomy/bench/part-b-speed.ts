import { join } from 'node:path';
// Cost of part B's detectors on the dev set, called the way tagPosting calls them, on one core.
// CPU time, best of several runs (the least disturbed by other processes on a shared machine),
// plus the worst case on 1 MB hostile inputs.
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
const path = process.env.DEV_SET ?? join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');
const rows: Row[] = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const directory = buildEmployerDirectory(defaultEmployerEntries());
const fullText = (r: Row): string => (r.title === '' ? r.description : `${r.title}\n${r.description}`);

type Step = (r: Row) => unknown;
const steps: Record<string, Step> = {
  employer: (r) => directory.match(r.employer_raw),
  location: (r) => parseLocation(r.location_raw, { language: r.labels.language, text: r.description }),
  salary: (r) => parseSalary(r.salary_raw ?? r.description, { country: null, language: r.labels.language }),
  remote: (r) => detectRemote({ title: r.title, description: r.description, location: r.location_raw }),
  spokenLanguages: (r) => detectSpokenLanguages(fullText(r)),
  shifts: (r) => detectShifts(fullText(r)),
};

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
/** Best-of-runs CPU µs per posting for `work`. */
function microsPerPosting(work: (r: Row) => void, runs = 9, repeats = 40): number {
  for (let i = 0; i < 5; i += 1) rows.forEach(work);
  let best = Infinity;
  for (let run = 0; run < runs; run += 1) {
    const started = cpu();
    for (let i = 0; i < repeats; i += 1) rows.forEach(work);
    best = Math.min(best, (cpu() - started) / (repeats * rows.length));
  }
  return Math.round(best * 100) / 100;
}

const all = Object.values(steps);
const together = microsPerPosting((r) => {
  for (const step of all) step(r);
});
// Each detector alone, after the ones tagPosting runs before it (shared word indexes stay warm).
const alone: Record<string, number> = {};
const names = Object.keys(steps);
for (let i = 0; i < names.length; i += 1) {
  const before = all.slice(0, i);
  const upTo = all.slice(0, i + 1);
  const withIt = microsPerPosting((r) => upTo.forEach((s) => s(r)));
  const without = before.length === 0 ? 0 : microsPerPosting((r) => before.forEach((s) => s(r)));
  alone[names[i]] = Math.round((withIt - without) * 100) / 100;
}

const hostile: Record<string, string> = {
  digits: '1 '.repeat(500_000),
  dashes: '1-'.repeat(500_000),
  currency: '€1 000 '.repeat(150_000),
  letters: 'a'.repeat(1_000_000),
  html: '<div class="x">'.repeat(70_000),
  remote: 'remote hybrid '.repeat(75_000),
};
const worst: Record<string, number> = {};
for (const [name, text] of Object.entries(hostile)) {
  const started = cpu();
  directory.match(text);
  parseLocation(text, { language: 'en', text });
  parseSalary(text, { country: null, language: null });
  detectRemote({ title: text, description: text, location: text });
  detectSpokenLanguages(text);
  detectShifts(text);
  worst[name] = Math.round((cpu() - started) / 100) / 10;
}
console.log(JSON.stringify({ partBMicrosPerPosting: together, marginalMicros: alone, hostile1MBMillis: worst }, null, 1));
