export { QueueHealthService, THROUGHPUT_MINUTES } from './queue-health.service';
export {
  judgeQueueHealth,
  judgeUnreachable,
  worseVerdict,
  formatAge,
  DEFAULT_QUEUE_HEALTH_THRESHOLDS,
  type QueueHealthThresholds,
} from './judge-queue-health';
export { minuteSeries, seriesStart, MINUTE_MS, type BullMetrics } from './minute-series';
export { StallLog } from './stall-log';
export { ioredisOf } from './redis-client';
export {
  HEALTH_VERDICTS,
  QUEUE_STATES,
  type HealthVerdict,
  type HealthJudgement,
  type QueueHealthReport,
  type QueueObservation,
  type QueueState,
  type Throughput,
} from './queue-health.types';
