import { tagPosting } from '../src/tag-posting';
import type { ExchangeRates, TagOptions } from '../src/types';
import { buildEmployerDirectory, defaultEmployerEntries } from '../src/employers';
import { TARGETS, scoreCorpus } from './corpus-metrics';
import { join } from 'node:path';
import { DEV_CORPUS_PATH, loadDevCorpus, toTagInput, type CorpusRow } from './dev-corpus';
import { callsPerSecond, costPerField, distinctCallsPerSecond } from './measure-cost';

// `npm run bench:taxonomy`: quality of every field on the labelled dev corpus, then throughput
// of the whole tagPosting on one core (median of several timed runs after a warm-up, in CPU
// time) and the cost of each detector; then the same on the held-out set in the repo
// (libs/taxonomy/test/held-out, written independently of the rules and never used to tune
// them). Every line carries `corpus`. Prints JSON lines on stdout. `--mismatches` adds one line
// per wrong field; `--dev-only` skips the held-out section (for tuning runs, which must not see it).

const HELD_OUT_PATH = join(__dirname, '..', 'test', 'held-out', 'held-out.jsonl');

// Fixed rates so that salary annualisation is part of the measured work.
const RATES: ExchangeRates = {
  base: 'EUR',
  rates: { EUR: 1, USD: 0.92, GBP: 1.17, PLN: 0.23, NOK: 0.086, SEK: 0.088, DKK: 0.134, CAD: 0.68, CHF: 1.05 },
};
let corpus = 'dev';
const print = (line: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify({ corpus, ...line })}\n`);
};

function main(): void {
  const dev = loadDevCorpus();
  if (dev === null) print({ metric: 'skipped', reason: `dev corpus not found at ${DEV_CORPUS_PATH}` });
  else report(dev);
  if (process.argv.includes('--dev-only')) return;
  corpus = 'held-out';
  const heldOut = loadDevCorpus(HELD_OUT_PATH);
  if (heldOut === null) print({ metric: 'skipped', reason: `held-out set not found at ${HELD_OUT_PATH}` });
  else report(heldOut);
}

function report(rows: CorpusRow[]): void {
  const options: TagOptions = { employers: buildEmployerDirectory(defaultEmployerEntries()), rates: RATES };
  const report = scoreCorpus(rows, (row) => tagPosting(toTagInput(row), options));
  const fromDescription = scoreCorpus(rows, (row) => tagPosting(toTagInput(row, { withSalaryText: false }), options));

  for (const r of report.perRole) print({ metric: 'role', ...r });
  print({
    metric: 'roles',
    macroF1: report.macroF1,
    minRoleF1: Math.min(...report.perRole.map((r) => r.f1)),
    exactMatch: report.roleExactMatch,
    negatives: report.negatives,
    negativeFalsePositiveRate: report.negativeFalsePositiveRate,
  });
  print({ metric: 'seniority', accuracy: report.seniorityAccuracy, accuracyOnPositives: report.seniorityAccuracyOnPositives });
  print({ metric: 'employer', canonicalAccuracy: report.employerCanonicalAccuracy, displayAccuracy: report.employerDisplayAccuracy });
  print({ metric: 'salary', exactMatch: report.salaryExactMatch, exactMatchFromDescriptionOnly: fromDescription.salaryExactMatch });
  print({ metric: 'language', accuracy: report.languageAccuracy });
  print({ metric: 'remote', accuracy: report.remoteAccuracy });
  print({ metric: 'location', accuracy: report.locationAccuracy, countryAccuracy: report.locationCountryAccuracy });
  for (const l of report.perLanguage) print({ metric: 'per_language', ...l });

  const inputs = rows.map((row) => toTagInput(row));
  const throughput = callsPerSecond(inputs, (input) => tagPosting(input, options));
  print({
    metric: 'throughput',
    postingsPerSecond: throughput.cpu,
    wallClockPostingsPerSecond: throughput.wall,
    postingsPerSecondNoRepeatedNames: distinctCallsPerSecond(inputs, (input) => tagPosting(input, options)),
    runs: throughput.runs,
    postingsPerRun: throughput.perRun,
    cores: 1,
  });
  print({ metric: 'cost_per_posting_us', ...costPerField(inputs, options) });

  print({
    metric: 'targets',
    macroF1: report.macroF1 >= TARGETS.macroF1,
    everyRoleF1: report.perRole.every((r) => r.f1 >= TARGETS.roleF1),
    negativeFalsePositiveRate: report.negativeFalsePositiveRate <= TARGETS.negativeFalsePositiveRate,
    seniority: report.seniorityAccuracy >= TARGETS.seniorityAccuracy,
    employer: report.employerCanonicalAccuracy >= TARGETS.employerCanonicalAccuracy,
    salary: report.salaryExactMatch >= TARGETS.salaryExactMatch,
    language: report.languageAccuracy >= TARGETS.languageAccuracy,
    throughput: throughput.cpu >= TARGETS.postingsPerSecond,
  });
  if (process.argv.includes('--mismatches')) for (const m of report.mismatches) print({ metric: 'mismatch', ...m });
}

main();
