import { buildEmployerDirectory, defaultEmployerEntries } from './employers';
import { tagPosting } from './tag-posting';
import { CorpusReport, TARGETS, scoreCorpus } from '../bench/corpus-metrics';
import { DEV_CORPUS_PATH, loadDevCorpus, toTagInput } from '../bench/dev-corpus';

// The targets on the labelled dev corpus (/work/shared, read in place). The corpus is a
// development set: these targets guard against regressions, they do not prove generalisation.

describe(`dev corpus targets (${DEV_CORPUS_PATH})`, () => {
  let report: CorpusReport;
  beforeAll(() => {
    // The shared tier exists to read /work/shared: a missing corpus is a failure, not a skip.
    const rows = loadDevCorpus();
    if (rows === null) throw new Error(`dev corpus not found at ${DEV_CORPUS_PATH}`);
    const employers = buildEmployerDirectory(defaultEmployerEntries());
    report = scoreCorpus(rows, (row) => tagPosting(toTagInput(row), { employers }));
  });

  it(`role macro-F1 ≥ ${TARGETS.macroF1} and every role's F1 ≥ ${TARGETS.roleF1}`, () => {
    expect(report.macroF1).toBeGreaterThanOrEqual(TARGETS.macroF1);
    expect(report.perRole.filter((r) => r.f1 < TARGETS.roleF1)).toEqual([]);
  });

  it(`negatives' false-positive rate ≤ ${TARGETS.negativeFalsePositiveRate * 100} %`, () => {
    expect(report.negatives).toBeGreaterThan(0);
    expect(report.negativeFalsePositiveRate).toBeLessThanOrEqual(TARGETS.negativeFalsePositiveRate);
  });

  it(`seniority accuracy ≥ ${TARGETS.seniorityAccuracy}`, () => {
    expect(report.seniorityAccuracy).toBeGreaterThanOrEqual(TARGETS.seniorityAccuracy);
  });

  it(`language accuracy ≥ ${TARGETS.languageAccuracy}`, () => {
    expect(report.languageAccuracy).toBeGreaterThanOrEqual(TARGETS.languageAccuracy);
  });

  it(`employer canonical accuracy ≥ ${TARGETS.employerCanonicalAccuracy}`, () => {
    expect(report.employerCanonicalAccuracy).toBeGreaterThanOrEqual(TARGETS.employerCanonicalAccuracy);
  });

  it(`salary exact match ≥ ${TARGETS.salaryExactMatch}`, () => {
    expect(report.salaryExactMatch).toBeGreaterThanOrEqual(TARGETS.salaryExactMatch);
  });
});
