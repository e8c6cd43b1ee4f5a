export { MetricsModule } from './metrics.module';
export { METRICS_REGISTRY, createMetricsRegistry, type ServiceName } from './metrics-registry';
export { HttpMetricsMiddleware, routeLabel } from './http-metrics.middleware';
export { QueueMetricsCollector } from './queue-metrics.collector';
export { JobMetrics } from './job-metrics';
export { CrawlMetrics, type PageOutcome, type PostingOutcome, type RunStatus } from './crawl-metrics';
