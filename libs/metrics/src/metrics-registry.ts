import { collectDefaultMetrics, Registry } from 'prom-client';

/** The Prometheus registry of this process (a Nest injection token). */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

export type ServiceName = 'api' | 'worker';

/**
 * A registry per app rather than prom-client's global one, so that tests building several apps
 * in one process do not collide on metric names. Every series carries the service it came from;
 * Node process metrics keep their standard names so that stock dashboards work.
 */
export function createMetricsRegistry(service: ServiceName): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}
