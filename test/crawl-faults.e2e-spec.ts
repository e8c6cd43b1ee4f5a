import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { createDemoBoardsServer } from '../apps/demo-boards/src';
import { createTestDatabase, createTestQueuePrefix, deleteTestQueueKeys, type TestDatabase } from '@app/testing';
import { freePort, spawnApp, waitFor, type RunningApp } from './support/spawn-app';

/** One real environment per test: its own database, queue prefix and demo-boards. */
async function environment(sourcesYaml: (boardsUrl: string) => string, extraEnv: Record<string, string> = {}) {
  const db = await createTestDatabase();
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  const prefix = createTestQueuePrefix();
  const boards = createDemoBoardsServer();
  const { url } = await boards.listen(0, '127.0.0.1');
  const dir = mkdtempSync(join(tmpdir(), 'frontline-faults-'));
  const sourcesFile = join(dir, 'sources.yaml');
  writeFileSync(sourcesFile, sourcesYaml(url));
  const env = {
    DATABASE_URL: db.url,
    QUEUE_PREFIX: prefix,
    SOURCES_FILE: sourcesFile,
    CRAWL_ALLOWED_HOSTS: '127.0.0.1,localhost',
    CRAWL_HOST_RPS: '500',
    SCHEDULER_TICK_MS: '300',
    ...extraEnv,
  };
  const apps: RunningApp[] = [];
  return {
    pg,
    boardsUrl: url,
    async startWorker(): Promise<RunningApp> {
      const app = spawnApp('worker', { ...env, WORKER_HEALTH_PORT: String(await freePort()) });
      apps.push(app);
      await app.waitForLine(/worker started/);
      return app;
    },
    async close(): Promise<void> {
      await Promise.all(apps.map((a) => a.stop()));
      await boards.close();
      await pg.end();
      const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
      await deleteTestQueueKeys(redis, prefix);
      redis.disconnect();
      await db.drop();
    },
  };
}

type Env = Awaited<ReturnType<typeof environment>>;

async function runsFinished(env: Env, count: number) {
  return waitFor(
    async () => {
      const { rows } = await env.pg.query(`SELECT s.name, r.* FROM crawl_runs r JOIN sources s ON s.id = r.source_id WHERE r.status <> 'running' ORDER BY s.name`);
      return rows.length >= count ? rows : undefined;
    },
    150_000,
    `${count} finished crawl runs`,
  );
}

describe('crawling every demo board (all source kinds, traps included)', () => {
  jest.setTimeout(200_000);
  let env: Env;

  beforeAll(async () => {
    const demoYaml = readFileSync(join(__dirname, '..', 'apps', 'demo-boards', 'sources.demo.yaml'), 'utf8');
    env = await environment((url) => demoYaml.replace(/http:\/\/127\.0\.0\.1:4000/g, url));
    await env.startWorker();
  });

  afterAll(() => env?.close());

  it('finishes a successful run of every source', async () => {
    const runs = await runsFinished(env, 15);
    expect(runs.filter((r) => r.status !== 'succeeded').map((r) => `${r.name}: ${r.status} ${JSON.stringify(r.errors)}`)).toEqual([]);
    const byName = Object.fromEntries(runs.map((r) => [r.name, r]));
    // robots.txt disallows the internal page: counted as skipped, never stored.
    expect(byName['nordic-care-careers'].pages_skipped).toBeGreaterThanOrEqual(1);
    const { rows: internal } = await env.pg.query(`SELECT 1 FROM posting_sources WHERE url LIKE '%/internal/%' OR external_id = 'NC-INT-0007'`);
    expect(internal).toEqual([]);
    // An empty Personio feed is a valid answer with no postings, not an outage.
    expect(byName['stillwater-personio']).toMatchObject({ status: 'succeeded', postings_seen: 0 });
  });

  it('stores the same job from two boards once, with both provenance records', async () => {
    const { rows } = await env.pg.query(
      `SELECT p.title, array_agg(s.name ORDER BY s.name) AS sources FROM postings p
         JOIN posting_sources ps ON ps.posting_id = p.id JOIN sources s ON s.id = ps.source_id
        GROUP BY p.id HAVING count(*) > 1`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const pairs = new Set(rows.map((r) => r.sources.join('+')));
    expect(pairs).toEqual(new Set(['nordic-care-careers+nordic-care-greenhouse', 'hilton-careers+hilton-europe-workable']));
  });

  it('stores no career-advice article and no "job no longer available" page as a posting', async () => {
    const { rows } = await env.pg.query(`SELECT title FROM postings WHERE title ~* '(interview tips|no longer available)' OR description_text ~* 'no longer available'`);
    expect(rows).toEqual([]);
  });

  it('expires the posting whose validThrough has passed', async () => {
    const { rows } = await env.pg.query(`SELECT count(*)::int AS n FROM postings WHERE status = 'expired'`);
    expect(rows[0].n).toBe(1);
  });

  it('sanitises crawled descriptions', async () => {
    const { rows } = await env.pg.query(`SELECT count(*)::int AS n FROM postings WHERE description ~* '<script|javascript:|onerror='`);
    expect(rows[0].n).toBe(0);
  });
});

describe('a worker killed (SIGKILL) in the middle of a crawl', () => {
  jest.setTimeout(240_000);
  const PAGES = 400;
  let env: Env;

  beforeAll(async () => {
    // A modest rate so that the crawl is surely under way when the worker dies.
    env = await environment(
      (url) => `sources:\n  - name: bench\n    kind: jsonld\n    url: ${url}/bench/${PAGES}/\n    employer: Bench Employer\n    interval: 1d\n`,
      { CRAWL_HOST_RPS: '40' },
    );
  });

  afterAll(() => env?.close());

  it('is replaced by another: every posting is stored exactly once and nothing is closed', async () => {
    const first = await env.startWorker();
    await waitFor(async () => (await env.pg.query(`SELECT count(*)::int AS n FROM postings`)).rows[0].n >= 40 || undefined, 60_000, 'the crawl to be under way');
    first.child.kill('SIGKILL');
    const killedAt = (await env.pg.query(`SELECT count(*)::int AS n FROM postings`)).rows[0].n;
    expect(killedAt).toBeLessThan(PAGES);

    // BullMQ hands the dead worker's jobs to the new one once their locks expire (stalled jobs).
    await env.startWorker();
    const [run] = await runsFinished(env, 1);
    expect(run.status).toBe('succeeded');
    const { rows } = await env.pg.query(
      `SELECT count(*)::int AS postings, count(DISTINCT fingerprint)::int AS fingerprints,
              (SELECT count(*)::int FROM posting_sources) AS provenance,
              (SELECT count(DISTINCT external_id)::int FROM posting_sources) AS external_ids,
              count(*) FILTER (WHERE status <> 'open')::int AS not_open
         FROM postings`,
    );
    expect(rows[0]).toEqual({ postings: PAGES, fingerprints: PAGES, provenance: PAGES, external_ids: PAGES, not_open: 0 });
  });
});
