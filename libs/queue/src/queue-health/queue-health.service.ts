import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ALL_QUEUES, QueueName } from '../queue-names';
import { QueueProducer } from '../queue-producer';
import { DEFAULT_QUEUE_HEALTH_THRESHOLDS, judgeQueueHealth, judgeUnreachable, type QueueHealthThresholds } from './judge-queue-health';
import { minuteSeries, seriesStart } from './minute-series';
import { QUEUE_STATES, type QueueHealthReport, type QueueObservation, type QueueState } from './queue-health.types';
import { StallLog } from './stall-log';
import { ioredisOf } from './redis-client';

/** The throughput chart covers the last hour. */
export const THROUGHPUT_MINUTES = 60;
const DEFAULT_TIMEOUT_MS = 2000;

class RedisTimeoutError extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisTimeoutError(`no answer in ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads each queue's counts, workers, BullMQ metrics and stalls, and judges them. Every read is
 * bounded in time: with Redis down the answer is "degraded, Redis unreachable" within seconds,
 * not a hung admin page.
 */
@Injectable()
export class QueueHealthService {
  readonly stalls: StallLog;

  constructor(
    private readonly producer: QueueProducer,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.stalls = new StallLog(config.QUEUE_PREFIX);
  }

  async reportAll(options: { now?: number; timeoutMs?: number; thresholds?: QueueHealthThresholds } = {}): Promise<QueueHealthReport[]> {
    return Promise.all(ALL_QUEUES.map((name) => this.report(name, options)));
  }

  async report(name: QueueName, options: { now?: number; timeoutMs?: number; thresholds?: QueueHealthThresholds } = {}): Promise<QueueHealthReport> {
    const now = options.now ?? Date.now();
    const thresholds = options.thresholds ?? DEFAULT_QUEUE_HEALTH_THRESHOLDS;
    const base = { queue: name, checkedAt: new Date(now).toISOString(), windowMinutes: thresholds.windowMinutes };
    let observation: QueueObservation;
    try {
      observation = await within(this.observe(name, now, thresholds.windowMinutes), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    } catch (err) {
      return {
        ...base,
        ...judgeUnreachable((err as Error).message),
        reachable: false,
        counts: null,
        workers: null,
        paused: null,
        oldestWaitingAgeSeconds: null,
        throughput: null,
        stalledRecently: null,
      };
    }
    const { completed, failed } = observation.throughput;
    return {
      ...base,
      ...judgeQueueHealth(observation, thresholds),
      reachable: true,
      counts: observation.counts,
      workers: observation.workers,
      paused: observation.paused,
      oldestWaitingAgeSeconds: observation.oldestWaitingAgeMs === null ? null : Math.round(observation.oldestWaitingAgeMs / 1000),
      throughput: {
        ...observation.throughput,
        completedLastHour: completed.reduce((a, b) => a + b, 0),
        failedLastHour: failed.reduce((a, b) => a + b, 0),
      },
      stalledRecently: observation.stalledRecently,
    };
  }

  /** Raw figures of one queue; throws when Redis is not connected. */
  async observe(name: QueueName, now: number = Date.now(), windowMinutes = DEFAULT_QUEUE_HEALTH_THRESHOLDS.windowMinutes): Promise<QueueObservation> {
    const queue = this.producer.queue(name);
    const client = await ioredisOf(queue);
    // A client that is not connected queues commands until it is: answer now instead.
    if (client.status !== 'ready') throw new Error(`connection is ${client.status}`);
    const [counts, workers, paused, completed, failed, oldestWaitingAgeMs, stalledRecently] = await Promise.all([
      queue.getJobCounts(...QUEUE_STATES) as Promise<Record<QueueState, number>>,
      queue.getWorkersCount(),
      queue.isPaused(),
      queue.getMetrics('completed', 0, THROUGHPUT_MINUTES),
      queue.getMetrics('failed', 0, THROUGHPUT_MINUTES),
      oldestWaitingAge(queue, now),
      this.stalls.count(client, name, now - windowMinutes * 60_000),
    ]);
    return {
      queue: name,
      counts: Object.fromEntries(QUEUE_STATES.map((s) => [s, counts[s] ?? 0])) as Record<QueueState, number>,
      workers,
      paused,
      oldestWaitingAgeMs,
      throughput: {
        since: seriesStart(now, THROUGHPUT_MINUTES),
        completed: minuteSeries(completed, now, THROUGHPUT_MINUTES),
        failed: minuteSeries(failed, now, THROUGHPUT_MINUTES),
      },
      stalledRecently,
    };
  }
}

/**
 * Age of the job at the head of the wait list. A job waits from when it was added (plus any
 * delay it was given) or, after a failed attempt, from that attempt: close enough to tell a
 * queue that keeps up from one that does not.
 */
async function oldestWaitingAge(queue: Queue, now: number): Promise<number | null> {
  const [oldest] = await queue.getJobs(['wait'], 0, 0, true);
  if (!oldest) return null;
  const since = Math.max(oldest.timestamp + (oldest.delay ?? 0), oldest.processedOn ?? 0);
  return Math.max(0, now - since);
}
