import type { CrawlRun } from '@app/db';
import type { SourceWithStatus, RunWithSource } from '@app/db';

/** A source with this many failed (or partial) runs in a row is flagged for an operator. */
export const FLAG_AFTER_FAILED_RUNS = 3;

const UNITS: [number, string][] = [
  [86400, 'd'],
  [3600, 'h'],
  [60, 'm'],
  [1, 's'],
];

/** 21600 → "6h", 5400 → "90m": the largest unit that divides it, as sources.yaml writes it. */
export function formatInterval(seconds: number): string {
  const [size, unit] = UNITS.find(([size]) => seconds % size === 0 && seconds >= size) ?? [1, 's'];
  return `${seconds / size}${unit}`;
}

export function sourceView(s: SourceWithStatus, now: Date = new Date()) {
  const flagged = s.errorStreak >= FLAG_AFTER_FAILED_RUNS;
  // The scheduler claims an enabled source whose next run is unset or past (SourceRepository.claimDue).
  const due = s.enabled && (s.nextRunAt === null || s.nextRunAt <= now);
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    origin: s.origin,
    url: s.url,
    board: s.board,
    baseUrl: s.baseUrl,
    employer: s.employerHint,
    interval: formatInterval(s.intervalSeconds),
    intervalSeconds: s.intervalSeconds,
    enabled: s.enabled,
    selectors: s.selectors,
    status: {
      lastRun: s.lastRun ? { ...s.lastRun, startedAt: s.lastRun.startedAt.toISOString(), finishedAt: s.lastRun.finishedAt?.toISOString() ?? null } : null,
      lastRunAt: s.lastRunAt?.toISOString() ?? null,
      nextRunAt: s.enabled ? (s.nextRunAt?.toISOString() ?? null) : null,
      due,
      postingsOpen: s.postingsOpen,
      errorStreak: s.errorStreak,
      flagged,
      flagReason: flagged ? `${s.errorStreak} runs in a row did not succeed` : null,
    },
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export type SourceView = ReturnType<typeof sourceView>;

interface RunError {
  at?: string;
  message?: string;
}

export function runView(run: CrawlRun & Partial<Pick<RunWithSource, 'source'>>) {
  const errors = Array.isArray(run.errors) ? (run.errors as RunError[]) : [];
  return {
    id: run.id,
    sourceId: run.sourceId,
    source: run.source?.name ?? null,
    status: run.status,
    complete: run.complete,
    jobId: run.jobId,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationSeconds: run.finishedAt ? (run.finishedAt.getTime() - run.startedAt.getTime()) / 1000 : null,
    pages: { fetched: run.pagesFetched, skipped: run.pagesSkipped, notModified: run.pagesNotModified, failed: run.pagesFailed },
    postings: { seen: run.postingsSeen, new: run.postingsNew, updated: run.postingsUpdated, unchanged: run.postingsUnchanged, closed: run.postingsClosed },
    errors: errors.map((e) => ({ at: e.at ?? null, message: String(e.message ?? '') })),
  };
}

export type RunView = ReturnType<typeof runView>;
