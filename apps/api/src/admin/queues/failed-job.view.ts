import type { Job } from 'bullmq';

/** How many stack traces (one per failed attempt) a view shows: the latest ones say enough. */
const MAX_STACKS = 3;

export interface FailedJobView {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
  /** Newest attempt last. */
  stacktrace: string[];
  payload: unknown;
  attemptsMade: number;
  attempts: number;
  addedAt: string;
  failedAt: string | null;
}

function iso(ms: number | undefined): string | null {
  return ms ? new Date(ms).toISOString() : null;
}

export function failedJobView(queue: string, job: Job): FailedJobView {
  return {
    queue,
    id: String(job.id),
    name: job.name,
    failedReason: job.failedReason ?? '',
    stacktrace: (job.stacktrace ?? []).filter((s): s is string => typeof s === 'string').slice(-MAX_STACKS),
    payload: job.data,
    attemptsMade: job.attemptsMade,
    attempts: job.opts.attempts ?? 1,
    addedAt: iso(job.timestamp) ?? '',
    failedAt: iso(job.finishedOn),
  };
}
