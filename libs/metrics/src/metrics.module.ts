import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { QueueHealthService } from '@app/queue';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';
import { createMetricsRegistry, METRICS_REGISTRY, type ServiceName } from './metrics-registry';
import { QueueMetricsCollector } from './queue-metrics.collector';

/**
 * GET /metrics for a process, HTTP request timings, and queue gauges read at scrape time.
 * Global: feature modules add their own metrics to METRICS_REGISTRY. Needs QueueModule (global)
 * imported by the app. Also provides QueueHealthService, which the gauges are built on.
 */
@Module({})
export class MetricsModule implements NestModule {
  static forRoot(options: { service: ServiceName }): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [
        { provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(options.service) },
        QueueHealthService,
        QueueMetricsCollector,
      ],
      exports: [METRICS_REGISTRY, QueueHealthService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('{*path}');
  }
}
