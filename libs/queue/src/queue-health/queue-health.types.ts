/** ok: postings flow. degraded: they flow slower or an operator should look. failing: they do not flow. */
export type HealthVerdict = 'ok' | 'degraded' | 'failing';

export const HEALTH_VERDICTS: readonly HealthVerdict[] = ['ok', 'degraded', 'failing'];

/** The job states BullMQ counts, in the order an operator reads them. */
export const QUEUE_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'waiting-children', 'paused', 'completed', 'failed'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

/** Jobs finished per minute, oldest minute first; the last entry is the current, unfinished minute. */
export interface Throughput {
  /** Start of the first minute, epoch milliseconds. */
  since: number;
  completed: number[];
  /** Jobs that failed for good (a failed attempt that will be retried is not counted). */
  failed: number[];
}

/** What was read from Redis about one queue, before judging it. */
export interface QueueObservation {
  queue: string;
  counts: Record<QueueState, number>;
  workers: number;
  paused: boolean;
  /** How long the oldest job ready to run has waited; null when none waits. */
  oldestWaitingAgeMs: number | null;
  throughput: Throughput;
  /** Jobs found stalled (their worker died or blocked) within the judging window. */
  stalledRecently: number;
}

export interface HealthJudgement {
  verdict: HealthVerdict;
  /** Why, worst first; empty when ok. */
  reasons: string[];
}

/** One queue as the admin API shows it. Figures are null when Redis could not be read. */
export interface QueueHealthReport extends HealthJudgement {
  queue: string;
  reachable: boolean;
  checkedAt: string;
  counts: Record<QueueState, number> | null;
  workers: number | null;
  paused: boolean | null;
  oldestWaitingAgeSeconds: number | null;
  throughput: (Throughput & { completedLastHour: number; failedLastHour: number }) | null;
  stalledRecently: number | null;
  /** The window, in minutes, that failure rates and stalls are judged over. */
  windowMinutes: number;
}
