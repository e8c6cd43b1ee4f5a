import type { Request } from 'express';
import { CrawlMetrics } from './crawl-metrics';
import { routeLabel } from './http-metrics.middleware';
import { JobMetrics } from './job-metrics';
import { createMetricsRegistry } from './metrics-registry';

describe('metrics', () => {
  it('names job series after Prometheus conventions, labelled by queue and job name', async () => {
    const registry = createMetricsRegistry('worker');
    const jobs = new JobMetrics(registry);
    jobs.jobCompleted('normalize', 'NormalizePosting', 0.02);
    jobs.jobFailed('crawl', 'CrawlPage', 1.5, false);
    jobs.jobFailed('crawl', 'CrawlPage', 2, true);
    jobs.jobStalled('crawl');
    const text = await registry.metrics();
    expect(text).toContain('frontline_jobs_completed_total{queue="normalize",name="NormalizePosting",service="worker"} 1');
    expect(text).toContain('frontline_job_attempts_failed_total{queue="crawl",name="CrawlPage",service="worker"} 2');
    expect(text).toContain('frontline_jobs_failed_total{queue="crawl",name="CrawlPage",service="worker"} 1');
    expect(text).toContain('frontline_jobs_stalled_total{queue="crawl",service="worker"} 1');
    expect(text).toContain('frontline_job_duration_seconds_bucket{le="0.025",service="worker",queue="normalize",name="NormalizePosting",outcome="completed"} 1');
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="worker"\} /m);
  });

  it('counts crawl pages, postings and runs per source', async () => {
    const registry = createMetricsRegistry('worker');
    const crawl = new CrawlMetrics(registry);
    crawl.page('amex-greenhouse', 'fetched');
    crawl.postingsStored('amex-greenhouse', 'new', 12);
    crawl.postingsStored('amex-greenhouse', 'closed', 0);
    crawl.runFinished('amex-greenhouse', 'succeeded');
    const text = await registry.metrics();
    expect(text).toContain('frontline_crawl_pages_total{source="amex-greenhouse",outcome="fetched",service="worker"} 1');
    expect(text).toContain('frontline_crawl_postings_total{source="amex-greenhouse",outcome="new",service="worker"} 12');
    expect(text).not.toContain('outcome="closed"');
    expect(text).toContain('frontline_crawl_runs_total{source="amex-greenhouse",status="succeeded",service="worker"} 1');
  });

  it('labels a request by its route template, never by its URL', () => {
    expect(routeLabel({ route: { path: '/api/jobs/:id' }, baseUrl: '' } as unknown as Request)).toBe('/api/jobs/:id');
    expect(routeLabel({ baseUrl: '/anything/at/all' } as unknown as Request)).toBe('unmatched');
  });

  it('keeps registries of two apps in one process apart', () => {
    expect(() => {
      new JobMetrics(createMetricsRegistry('worker'));
      new JobMetrics(createMetricsRegistry('worker'));
    }).not.toThrow();
  });
});
