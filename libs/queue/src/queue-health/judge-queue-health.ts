import type { HealthJudgement, HealthVerdict, QueueObservation } from './queue-health.types';

export interface QueueHealthThresholds {
  /** Failure rate and stalls are judged over this many recent minutes. */
  windowMinutes: number;
  /** Below this many finished jobs in the window, a failure rate says too little to judge. */
  minJobsForRate: number;
  degradedFailureRate: number;
  failingFailureRate: number;
  /** The oldest waiting job, with workers connected: slower than it should be… */
  degradedWaitMs: number;
  /** …and not keeping up at all. */
  failingWaitMs: number;
  /** With no worker connected, waiting jobs this old mean nothing will pick them up. */
  noWorkerFailingWaitMs: number;
}

export const DEFAULT_QUEUE_HEALTH_THRESHOLDS: QueueHealthThresholds = {
  windowMinutes: 15,
  minJobsForRate: 5,
  degradedFailureRate: 0.05,
  failingFailureRate: 0.25,
  degradedWaitMs: 10 * 60_000,
  failingWaitMs: 30 * 60_000,
  noWorkerFailingWaitMs: 5 * 60_000,
};

const RANK: Record<HealthVerdict, number> = { ok: 0, degraded: 1, failing: 2 };

export function worseVerdict(a: HealthVerdict, b: HealthVerdict): HealthVerdict {
  return RANK[a] >= RANK[b] ? a : b;
}

/** "45 s", "12 min", "3 h": an age as an operator reads it. */
export function formatAge(ms: number): string {
  if (ms < 60_000) return `${Math.max(0, Math.round(ms / 1000))} s`;
  if (ms < 2 * 3600_000) return `${Math.floor(ms / 60_000)} min`;
  return `${Math.floor(ms / 3600_000)} h`;
}

function sumLast(values: number[], n: number): number {
  return values.slice(-n).reduce((a, b) => a + b, 0);
}

/**
 * The verdict on one queue, with its reasons worst first. Pure: everything it needs is in the
 * observation, so every rule is tested without Redis.
 */
export function judgeQueueHealth(o: QueueObservation, t: QueueHealthThresholds = DEFAULT_QUEUE_HEALTH_THRESHOLDS): HealthJudgement {
  const findings: { verdict: HealthVerdict; reason: string }[] = [];
  const add = (verdict: HealthVerdict, reason: string) => findings.push({ verdict, reason });

  const failed = sumLast(o.throughput.failed, t.windowMinutes);
  const finished = failed + sumLast(o.throughput.completed, t.windowMinutes);
  if (finished >= t.minJobsForRate && failed > 0) {
    const rate = failed / finished;
    const reason = `failure rate ${Math.round(rate * 100)} % over ${t.windowMinutes} min (${failed} of ${finished} jobs)`;
    if (rate >= t.failingFailureRate) add('failing', reason);
    else if (rate >= t.degradedFailureRate) add('degraded', reason);
  }

  const ready = o.counts.waiting + o.counts.prioritized;
  const age = o.oldestWaitingAgeMs;
  if (o.paused) {
    const held = ready + o.counts.paused;
    add('degraded', `paused by an operator${held ? ` with ${held} job${held === 1 ? '' : 's'} held` : ''}`);
  } else if (o.workers === 0) {
    if (ready > 0 && age !== null && age >= t.noWorkerFailingWaitMs) add('failing', `oldest waiting job ${formatAge(age)} old with no workers`);
    else if (ready > 0) add('degraded', `no workers connected, ${ready} job${ready === 1 ? '' : 's'} waiting`);
    else add('degraded', 'no workers connected');
  } else if (age !== null && age >= t.failingWaitMs) {
    add('failing', `oldest waiting job ${formatAge(age)} old with ${o.workers} worker${o.workers === 1 ? '' : 's'}`);
  } else if (age !== null && age >= t.degradedWaitMs) {
    add('degraded', `oldest waiting job ${formatAge(age)} old`);
  }

  if (o.stalledRecently > 0) {
    const n = o.stalledRecently;
    add('degraded', `${n} job${n === 1 ? '' : 's'} stalled in the last ${t.windowMinutes} min (a worker died or blocked)`);
  }

  findings.sort((a, b) => RANK[b.verdict] - RANK[a.verdict]);
  return {
    verdict: findings.reduce<HealthVerdict>((v, f) => worseVerdict(v, f.verdict), 'ok'),
    reasons: findings.map((f) => f.reason),
  };
}

/**
 * Redis did not answer: nothing can be read, and workers wait for it to come back. Jobs are kept
 * by Redis' own persistence, so this is degraded rather than failing until it is back.
 */
export function judgeUnreachable(error: string): HealthJudgement {
  return { verdict: 'degraded', reasons: [`Redis unreachable: ${error}`] };
}
