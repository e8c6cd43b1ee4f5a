import request from 'supertest';
import Redis from 'ioredis';
import type { Queue } from 'bullmq';
import { loadConfig } from '@app/config';
import { deleteTestQueueKeys } from '@app/testing';
import { addPostings, normalizeQueue } from './support/normalize-jobs';
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres';
import { metricValue, reliabilityEnv, type ReliabilityEnv } from './support/reliability-env';
import { waitFor } from './support/spawn-app';

const BATCHES = 10;
const PER_BATCH = 30;
const TOTAL = BATCHES * PER_BATCH;

/**
 * PostgreSQL restarted while postings are being normalised: the jobs that hit the outage fail,
 * retry with backoff and succeed; every posting is stored once. The database is the test's own
 * cluster, never the shared server.
 */
describe('reliability: PostgreSQL restarted during normalisation', () => {
  jest.setTimeout(120_000);

  const redisUrl = loadConfig().REDIS_URL;
  let postgres: OwnPostgres;
  let env: ReliabilityEnv;
  let worker: Awaited<ReturnType<ReliabilityEnv['startWorker']>>;
  let queue: Queue;
  let sourceId: string;

  const scrape = async () => (await request(worker.url).get('/metrics')).text;
  const failedAttempts = (metrics: string) => metricValue(metrics, 'frontline_job_attempts_failed_total', { queue: 'normalize', name: 'NormalizePosting' });

  beforeAll(async () => {
    postgres = await startOwnPostgres();
    env = await reliabilityEnv({ redisUrl, serverUrl: postgres.serverUrl });
    sourceId = await env.addSource('postgres-outage');
    worker = await env.startWorker();
    queue = normalizeQueue(redisUrl, env.prefix);
  });

  afterAll(async () => {
    await queue?.close();
    await env?.close();
    postgres?.destroy();
    const redis = new Redis(redisUrl);
    if (env) await deleteTestQueueKeys(redis, env.prefix);
    redis.disconnect();
  });

  it('retries the jobs that hit the outage until they succeed, and stores no posting twice', async () => {
    // Postings keep arriving, in batches, before, during and after the restart.
    let next = 0;
    const addBatch = async () => {
      await addPostings(queue, sourceId, next, PER_BATCH);
      next += PER_BATCH;
      await new Promise((r) => setTimeout(r, 100));
    };
    for (let i = 0; i < 3; i += 1) await addBatch();
    await waitFor(async () => (await env.pg.query('SELECT count(*)::int AS n FROM postings')).rows[0].n > 0, 20_000, 'normalisation to be under way');
    await postgres.stop();
    await addBatch();
    // Down until jobs have failed on it; their retries (backoff 0.5 s, 1 s, 2 s, ...) outlast the restart.
    await waitFor(async () => failedAttempts(await scrape()) > 0, 10_000, 'a job to fail on the stopped database', 50);
    await postgres.start();
    while (next < TOTAL) await addBatch();

    await env.reconnect();
    await waitFor(async () => (await queue.getJobCounts('completed')).completed === TOTAL, 60_000, 'every job to complete');

    expect(await queue.getJobCounts('failed', 'waiting', 'active', 'delayed')).toMatchObject({ failed: 0, waiting: 0, active: 0, delayed: 0 });
    const { rows } = await env.pg.query(
      `SELECT (SELECT count(*)::int FROM postings) AS postings,
              (SELECT count(DISTINCT fingerprint)::int FROM postings) AS fingerprints,
              (SELECT count(*)::int FROM posting_sources) AS provenance,
              (SELECT count(DISTINCT external_id)::int FROM posting_sources) AS external_ids`,
    );
    expect(rows[0]).toEqual({ postings: TOTAL, fingerprints: TOTAL, provenance: TOTAL, external_ids: TOTAL });

    // The outage was really met: attempts failed, and were retried rather than lost.
    const metrics = await scrape();
    expect(failedAttempts(metrics)).toBeGreaterThan(0);
    expect(metricValue(metrics, 'frontline_jobs_failed_total', { queue: 'normalize', name: 'NormalizePosting' })).toBe(0);
    expect(metricValue(metrics, 'frontline_jobs_completed_total', { queue: 'normalize', name: 'NormalizePosting' })).toBe(TOTAL);
    expect((await request(worker.url).get('/health')).status).toBe(200);
  });
});
