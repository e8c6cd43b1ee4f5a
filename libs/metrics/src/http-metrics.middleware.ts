import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Histogram, type Registry } from 'prom-client';
import { METRICS_REGISTRY } from './metrics-registry';

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The route template a request matched ("/api/jobs/:id"), never its URL: one series per route
 * rather than one per id. Requests that matched no route share one label.
 */
export function routeLabel(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string') return `${req.baseUrl ?? ''}${route.path}` || '/';
  return 'unmatched';
}

/** Times every HTTP request, from arrival to the last byte sent. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly duration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    // Nest may build a middleware more than once; the registry refuses a second metric of a name.
    const existing = registry.getSingleMetric('frontline_http_request_duration_seconds');
    this.duration =
      (existing as Histogram<'method' | 'route' | 'status_code'> | undefined) ??
      new Histogram({
        name: 'frontline_http_request_duration_seconds',
        help: 'Time to answer an HTTP request, by method, route template and status code.',
        labelNames: ['method', 'route', 'status_code'],
        buckets: SECONDS_BUCKETS,
        registers: [registry],
      });
  }

  use(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.duration.observe({ method: req.method, route: routeLabel(req), status_code: String(res.statusCode) }, seconds);
    });
    next();
  }
}
