import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import request from 'supertest';
import { loadConfig } from '@app/config';
import { deleteTestQueueKeys } from '@app/testing';
import { metricValue, reliabilityEnv, type ReliabilityEnv } from './support/reliability-env';
import { waitFor } from './support/spawn-app';

const POSTING_PAGE = `<!doctype html><html><head><title>Customer Care Advisor</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Customer Care Advisor',
  description: '<p>Help our customers by phone and chat.</p>',
  identifier: { '@type': 'PropertyValue', value: 'CCA-1' },
  datePosted: new Date().toISOString().slice(0, 10),
  hiringOrganization: { '@type': 'Organization', name: 'Stallwood Contact Centre' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Tartu', addressCountry: 'EE' } },
})}</script></head><body><h1>Customer Care Advisor</h1></body></html>`;

/** A career site whose only page does not answer the first time until the test says so. */
function slowSite() {
  let held: ServerResponse | undefined;
  let onHeld: () => void = () => undefined;
  const heldOnce = new Promise<void>((resolve) => (onHeld = resolve));
  let pageRequests = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/careers/') {
      pageRequests += 1;
      if (pageRequests === 1) {
        held = res;
        onHeld();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(POSTING_PAGE);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return {
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    heldOnce,
    pageRequests: () => pageRequests,
    close: () => {
      held?.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A worker killed with SIGKILL in the middle of a job: BullMQ finds the job stalled once its lock
 * expires (about 30 s, BullMQ's default lock duration), another worker runs it to the end, and
 * queue health reports the stall.
 */
describe('reliability: a worker killed (SIGKILL) mid-job', () => {
  jest.setTimeout(180_000);

  const redisUrl = loadConfig().REDIS_URL;
  const site = slowSite();
  let env: ReliabilityEnv;
  let api: Awaited<ReturnType<ReliabilityEnv['startApi']>>;
  let sourceId: string;

  const admin = async (method: 'get' | 'post', path: string) => (request(api.url) as unknown as Record<string, (p: string) => request.Test>)[method](path).set('Authorization', `Bearer ${await api.token()}`);

  beforeAll(async () => {
    const siteUrl = await site.listen();
    env = await reliabilityEnv({ redisUrl });
    sourceId = await env.addSource('stallwood-careers', `${siteUrl}/careers/`);
    api = await env.startApi();
  });

  afterAll(async () => {
    await env?.close();
    await site.close();
    const redis = new Redis(redisUrl);
    if (env) await deleteTestQueueKeys(redis, env.prefix);
    redis.disconnect();
  });

  it('hands the dead worker\'s job to another worker, which completes it; queue health shows the stall', async () => {
    const first = await env.startWorker();
    expect((await admin('post', `/api/admin/sources/${sourceId}/crawl`)).status).toBe(202);
    await site.heldOnce;
    const active = (await admin('get', '/api/admin/queues/crawl')).body;
    expect(active.counts.active).toBe(1);
    first.app.child.kill('SIGKILL');
    await first.app.stop();

    const second = await env.startWorker();
    const run = await waitFor(
      async () => (await env.pg.query("SELECT status, postings_new FROM crawl_runs WHERE source_id = $1 AND status <> 'running'", [sourceId])).rows[0],
      150_000,
      'the run to finish on the second worker',
      1000,
    );
    expect(run).toEqual({ status: 'succeeded', postings_new: 1 });
    expect(site.pageRequests()).toBe(2);

    const health = (await admin('get', '/api/admin/queues/crawl')).body;
    expect(health.stalledRecently).toBe(1);
    expect(health.verdict).toBe('degraded');
    expect(health.reasons).toContain('1 job stalled in the last 15 min (a worker died or blocked)');
    expect(health.counts.failed).toBe(0);
    const metrics = (await request(second.url).get('/metrics')).text;
    expect(metricValue(metrics, 'frontline_jobs_stalled_total', { queue: 'crawl' })).toBe(1);
    expect(metricValue(metrics, 'frontline_crawl_pages_total', { source: 'stallwood-careers', outcome: 'fetched' })).toBe(1);
    expect(metricValue(metrics, 'frontline_crawl_postings_total', { source: 'stallwood-careers', outcome: 'new' })).toBe(1);
    expect(metricValue(metrics, 'frontline_crawl_runs_total', { source: 'stallwood-careers', status: 'succeeded' })).toBe(1);
  });
});
