import { DEFAULT_QUEUE_HEALTH_THRESHOLDS, formatAge, judgeQueueHealth, judgeUnreachable } from './judge-queue-health';
import type { QueueObservation } from './queue-health.types';

function observation(overrides: Partial<QueueObservation> = {}, per?: { completed?: number[]; failed?: number[] }): QueueObservation {
  return {
    queue: 'normalize',
    counts: { waiting: 0, prioritized: 0, active: 0, delayed: 0, 'waiting-children': 0, paused: 0, completed: 0, failed: 0 },
    workers: 2,
    paused: false,
    oldestWaitingAgeMs: null,
    throughput: { since: 0, completed: per?.completed ?? new Array(60).fill(10), failed: per?.failed ?? new Array(60).fill(0) },
    stalledRecently: 0,
    ...overrides,
  };
}

const withFailures = (failedPerMinute: number, completedPerMinute = 10) =>
  observation({}, { completed: new Array(60).fill(completedPerMinute), failed: new Array(60).fill(failedPerMinute) });

describe('judgeQueueHealth', () => {
  it('is ok when jobs flow and workers keep up', () => {
    expect(judgeQueueHealth(observation({ oldestWaitingAgeMs: 2000, counts: { ...observation().counts, waiting: 40 } }))).toEqual({ verdict: 'ok', reasons: [] });
  });

  it('fails a queue whose failure rate over the window is high, naming the rate', () => {
    // 15 minutes × (7 failed of 20 finished) = 35 %.
    const j = judgeQueueHealth(withFailures(7, 13));
    expect(j.verdict).toBe('failing');
    expect(j.reasons).toEqual(['failure rate 35 % over 15 min (105 of 300 jobs)']);
  });

  it('degrades a queue with a modest failure rate', () => {
    expect(judgeQueueHealth(withFailures(1, 9))).toMatchObject({ verdict: 'degraded', reasons: ['failure rate 10 % over 15 min (15 of 150 jobs)'] });
  });

  it('only counts the window: failures an hour ago do not matter now', () => {
    const failed = new Array(60).fill(0);
    failed[0] = 500;
    expect(judgeQueueHealth(observation({}, { failed })).verdict).toBe('ok');
  });

  it('does not judge a rate from a handful of jobs', () => {
    const j = judgeQueueHealth(observation({}, { completed: new Array(60).fill(0), failed: [...new Array(59).fill(0), 2] }));
    expect(j).toEqual({ verdict: 'ok', reasons: [] });
  });

  it('fails a queue whose waiting jobs have no worker to run them', () => {
    const j = judgeQueueHealth(observation({ workers: 0, oldestWaitingAgeMs: 12 * 60_000, counts: { ...observation().counts, waiting: 3 } }));
    expect(j).toEqual({ verdict: 'failing', reasons: ['oldest waiting job 12 min old with no workers'] });
  });

  it('degrades a queue without workers before its jobs grow old', () => {
    expect(judgeQueueHealth(observation({ workers: 0, oldestWaitingAgeMs: 5000, counts: { ...observation().counts, waiting: 1 } }))).toEqual({
      verdict: 'degraded',
      reasons: ['no workers connected, 1 job waiting'],
    });
    expect(judgeQueueHealth(observation({ workers: 0 }))).toEqual({ verdict: 'degraded', reasons: ['no workers connected'] });
  });

  it('grades a backlog by the age of its oldest job', () => {
    const waiting = { ...observation().counts, waiting: 5000 };
    expect(judgeQueueHealth(observation({ counts: waiting, oldestWaitingAgeMs: 11 * 60_000 }))).toEqual({ verdict: 'degraded', reasons: ['oldest waiting job 11 min old'] });
    expect(judgeQueueHealth(observation({ counts: waiting, oldestWaitingAgeMs: 3 * 3600_000 }))).toEqual({
      verdict: 'failing',
      reasons: ['oldest waiting job 3 h old with 2 workers'],
    });
  });

  it('says a paused queue holds jobs, whatever its workers', () => {
    const j = judgeQueueHealth(observation({ paused: true, workers: 0, counts: { ...observation().counts, paused: 40 } }));
    expect(j).toEqual({ verdict: 'degraded', reasons: ['paused by an operator with 40 jobs held'] });
  });

  it('degrades a queue where jobs stalled recently', () => {
    expect(judgeQueueHealth(observation({ stalledRecently: 1 }))).toEqual({
      verdict: 'degraded',
      reasons: ['1 job stalled in the last 15 min (a worker died or blocked)'],
    });
  });

  it('lists every reason, worst first', () => {
    const j = judgeQueueHealth({ ...withFailures(5, 5), stalledRecently: 2, workers: 0, oldestWaitingAgeMs: 60_000, counts: { ...observation().counts, waiting: 9 } });
    expect(j.verdict).toBe('failing');
    expect(j.reasons[0]).toMatch(/^failure rate 50 %/);
    expect(j.reasons.slice(1)).toEqual(['no workers connected, 9 jobs waiting', '2 jobs stalled in the last 15 min (a worker died or blocked)']);
  });

  it('honours other thresholds', () => {
    const strict = { ...DEFAULT_QUEUE_HEALTH_THRESHOLDS, failingFailureRate: 0.05 };
    expect(judgeQueueHealth(withFailures(1, 9), strict).verdict).toBe('failing');
  });
});

describe('judgeUnreachable', () => {
  it('is degraded and says Redis cannot be read', () => {
    expect(judgeUnreachable('connection is reconnecting')).toEqual({ verdict: 'degraded', reasons: ['Redis unreachable: connection is reconnecting'] });
  });
});

describe('formatAge', () => {
  it.each([
    [45_000, '45 s'],
    [12 * 60_000 + 5000, '12 min'],
    [119 * 60_000, '119 min'],
    [5 * 3600_000, '5 h'],
  ])('%d ms is "%s"', (ms, text) => expect(formatAge(ms)).toBe(text));
});
