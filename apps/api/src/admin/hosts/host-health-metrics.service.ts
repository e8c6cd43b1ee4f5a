import { Inject, Injectable, Logger } from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import { METRICS_REGISTRY } from '@app/metrics';
import { HEALTH_VERDICTS } from '@app/queue';
import { HostHealthService } from './host-health.service';

/** `frontline_host_health{host,verdict}` at scrape time, so Prometheus rules can alert on a throttling host. */
@Injectable()
export class HostHealthMetricsService {
  private readonly logger = new Logger(HostHealthMetricsService.name);

  constructor(@Inject(METRICS_REGISTRY) registry: Registry, hosts: HostHealthService) {
    const gauge: Gauge<'host' | 'verdict'> = new Gauge({
      name: 'frontline_host_health',
      help: 'Crawled host health verdict: 1 for the current verdict, 0 for the others.',
      labelNames: ['host', 'verdict'],
      registers: [registry],
      collect: async () => {
        gauge.reset();
        try {
          for (const h of await hosts.report()) for (const verdict of HEALTH_VERDICTS) gauge.set({ host: h.host, verdict }, h.verdict === verdict ? 1 : 0);
        } catch (err) {
          // A scrape during a Redis outage still answers; the queue gauges say Redis is unreachable.
          this.logger.warn({ msg: 'host health not exported', error: (err as Error).message });
        }
      },
    });
  }
}
