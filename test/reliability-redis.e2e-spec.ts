import request from 'supertest';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { addPostings, normalizeQueue } from './support/normalize-jobs';
import { startOwnRedis, type OwnRedis } from './support/own-redis';
import { metricValue, reliabilityEnv, type ReliabilityEnv } from './support/reliability-env';
import { waitFor } from './support/spawn-app';

const JOBS = 30;

/**
 * Redis restarted while jobs wait: the jobs survive (append-only file), api and worker reconnect
 * by themselves, and queue health says "degraded, Redis unreachable" while it is down and "ok"
 * once it is back and the jobs have run. Redis is the test's own, never the shared one.
 */
describe('reliability: Redis restarted while jobs are waiting', () => {
  jest.setTimeout(120_000);

  let redis: OwnRedis;
  let env: ReliabilityEnv;
  let api: Awaited<ReturnType<ReliabilityEnv['startApi']>>;
  let worker: Awaited<ReturnType<ReliabilityEnv['startWorker']>>;
  let queue: Queue;
  let sourceId: string;

  const admin = async (method: 'get' | 'post', path: string) => (request(api.url) as unknown as Record<string, (p: string) => request.Test>)[method](path).set('Authorization', `Bearer ${await api.token()}`);
  const normalizeHealth = async () => (await admin('get', '/api/admin/queues/normalize')).body;

  beforeAll(async () => {
    redis = await startOwnRedis();
    env = await reliabilityEnv({ redisUrl: redis.url });
    sourceId = await env.addSource('redis-outage');
    [api, worker] = await Promise.all([env.startApi(), env.startWorker()]);
    queue = normalizeQueue(redis.url, env.prefix);
  });

  afterAll(async () => {
    await queue?.close();
    await env?.close();
    await redis?.destroy();
  });

  it('keeps every waiting job through the restart and runs them all after', async () => {
    await waitFor(async () => (await normalizeHealth()).workers === 1, 20_000, 'the worker to connect');
    expect((await admin('post', '/api/admin/queues/normalize/pause')).status).toBe(200);
    await addPostings(queue, sourceId, 0, JOBS);
    const held = await normalizeHealth();
    expect(held.counts.waiting + held.counts.paused).toBe(JOBS);

    await redis.stop();
    const started = Date.now();
    const down = (await admin('get', '/api/admin/queues')).body.queues;
    expect(Date.now() - started).toBeLessThan(5000);
    for (const q of down) {
      expect(q).toMatchObject({ reachable: false, verdict: 'degraded', counts: null });
      expect(q.reasons[0]).toMatch(/^Redis unreachable/);
    }
    expect((await request(worker.url).get('/health')).status).toBe(503);
    expect(metricValue((await request(api.url).get('/metrics')).text, 'frontline_queue_reachable', { queue: 'normalize' })).toBe(0);

    await redis.start();
    // Nobody restarts the api or the worker: they reconnect on their own.
    const back = await waitFor(async () => {
      const h = await normalizeHealth();
      return h.reachable && h.workers === 1 ? h : undefined;
    }, 30_000, 'api and worker to reconnect');
    expect(back.counts.waiting + back.counts.paused).toBe(JOBS);

    expect((await admin('post', '/api/admin/queues/normalize/resume')).status).toBe(200);
    await waitFor(async () => (await env.pg.query('SELECT count(*)::int AS n FROM posting_sources WHERE source_id = $1', [sourceId])).rows[0].n === JOBS, 30_000, 'every posting to be stored');
    const after = await normalizeHealth();
    expect(after).toMatchObject({ reachable: true, verdict: 'ok', reasons: [], paused: false });
    expect(after.counts).toMatchObject({ waiting: 0, paused: 0, active: 0, failed: 0 });
    expect(after.counts.completed).toBe(JOBS);
    expect((await request(worker.url).get('/health')).status).toBe(200);
    const metrics = (await request(worker.url).get('/metrics')).text;
    expect(metricValue(metrics, 'frontline_jobs_completed_total', { queue: 'normalize', name: 'NormalizePosting' })).toBe(JOBS);
    expect(metricValue(metrics, 'frontline_jobs_failed_total', { queue: 'normalize', name: 'NormalizePosting' })).toBe(0);
  });

  it('has a worker warn at start-up when Redis may evict keys, and only then', async () => {
    expect(worker.app.output()).not.toContain('maxmemory-policy');
    const client = new Redis(redis.url);
    try {
      await client.config('SET', 'maxmemory-policy', 'allkeys-lru');
      const second = await env.startWorker();
      const line = await second.app.waitForLine(/maxmemory-policy/, 20_000);
      expect(JSON.parse(line)).toMatchObject({ level: 40, maxmemoryPolicy: 'allkeys-lru' });
      expect(line).toContain('BullMQ needs \\"noeviction\\"');
    } finally {
      await client.config('SET', 'maxmemory-policy', 'noeviction');
      client.disconnect();
    }
  });
});
