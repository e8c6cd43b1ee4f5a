export { QueueName, JobName, ALL_QUEUES, DEFAULT_JOB_OPTIONS } from './queue-names';
export type {
  JobPayloads,
  JobNameOf,
  PayloadOf,
  CrawlSourcePayload,
  CrawlPagePayload,
  FinishCrawlRunPayload,
  NormalizePostingPayload,
} from './job-payloads';
export { crawlSourceJobId, crawlPageJobId, finishRunJobId, normalizeJobId } from './job-ids';
export { QueueProducer, RUN_FLOW_PRODUCER, type RunParent } from './queue-producer';
export { QueueModule } from './queue.module';
export { redisOptionsFromUrl } from './redis-connection';
export { RedisHealthIndicator } from './redis.health';
export { runIdForJob } from './run-id';
export * from './queue-health';
