import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Registry } from 'prom-client';
import { CrawlMetrics, JobMetrics, METRICS_REGISTRY, MetricsModule } from '@app/metrics';
import { RedisEvictionPolicyService } from './redis-eviction-policy.service';
import { SourceNamesService } from './source-names.service';
import { CRAWL_METRICS, JOB_METRICS, WorkerJobMetricsService } from './worker-job-metrics.service';

/** The worker's /metrics: queue gauges (MetricsModule), job and crawl counters, and the Redis policy check. */
@Module({
  imports: [DiscoveryModule, MetricsModule.forRoot({ service: 'worker' })],
  providers: [
    { provide: JOB_METRICS, inject: [METRICS_REGISTRY], useFactory: (registry: Registry) => new JobMetrics(registry) },
    { provide: CRAWL_METRICS, inject: [METRICS_REGISTRY], useFactory: (registry: Registry) => new CrawlMetrics(registry) },
    SourceNamesService,
    WorkerJobMetricsService,
    RedisEvictionPolicyService,
  ],
})
export class WorkerMetricsModule {}
