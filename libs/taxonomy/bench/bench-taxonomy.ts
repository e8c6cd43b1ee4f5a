import { tagPosting } from '../src/tag-posting';
import type { ExchangeRates, TagOptions } from '../src/types';
import { buildEmployerDirectory, defaultEmployerEntries } from '../src/employers';
import { TARGETS, scoreCorpus } from './corpus-metrics';
import { DEV_CORPUS_PATH, loadDevCorpus, toTagInput } from './dev-corpus';

// `npm run bench:taxonomy`: quality of every field on the labelled dev corpus, then throughput
// of the whole tagPosting on one core (median of several timed runs after a warm-up).
// Prints JSON lines on stdout. `--mismatches` adds one line per wrong field.

// Fixed rates so that salary annualisation is part of the measured work.
const RATES: ExchangeRates = {
  base: 'EUR',
  rates: { EUR: 1, USD: 0.92, GBP: 1.17, PLN: 0.23, NOK: 0.086, SEK: 0.088, DKK: 0.134, CAD: 0.68, CHF: 1.05 },
};
const RUNS = 7;
const MIN_RUN_MS = 400;

const print = (line: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

function measureThroughput(inputs: ReturnType<typeof toTagInput>[], options: TagOptions): { perSecond: number; runs: number[]; perRun: number } {
  // Warm-up: compile the matchers and let the JIT settle.
  for (let i = 0; i < 5; i++) for (const input of inputs) tagPosting(input, options);
  let repeats = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let r = 0; r < repeats; r++) for (const input of inputs) tagPosting(input, options);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (ms >= MIN_RUN_MS) break;
    repeats *= 2;
  }
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    for (let r = 0; r < repeats; r++) for (const input of inputs) tagPosting(input, options);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    runs.push(Math.round((repeats * inputs.length) / seconds));
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { perSecond: sorted[Math.floor(sorted.length / 2)], runs, perRun: repeats * inputs.length };
}

function main(): void {
  const rows = loadDevCorpus();
  if (rows === null) {
    print({ metric: 'skipped', reason: `dev corpus not found at ${DEV_CORPUS_PATH}` });
    return;
  }
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

  const throughput = measureThroughput(rows.map((row) => toTagInput(row)), options);
  print({ metric: 'throughput', postingsPerSecond: throughput.perSecond, runs: throughput.runs, postingsPerRun: throughput.perRun, cores: 1 });

  print({
    metric: 'targets',
    macroF1: report.macroF1 >= TARGETS.macroF1,
    everyRoleF1: report.perRole.every((r) => r.f1 >= TARGETS.roleF1),
    negativeFalsePositiveRate: report.negativeFalsePositiveRate <= TARGETS.negativeFalsePositiveRate,
    seniority: report.seniorityAccuracy >= TARGETS.seniorityAccuracy,
    employer: report.employerCanonicalAccuracy >= TARGETS.employerCanonicalAccuracy,
    salary: report.salaryExactMatch >= TARGETS.salaryExactMatch,
    language: report.languageAccuracy >= TARGETS.languageAccuracy,
    throughput: throughput.perSecond >= TARGETS.postingsPerSecond,
  });
  if (process.argv.includes('--mismatches')) for (const m of report.mismatches) print({ metric: 'mismatch', ...m });
}

main();
