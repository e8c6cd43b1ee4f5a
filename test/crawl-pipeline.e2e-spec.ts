import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDemoBoardsServer } from '../apps/demo-boards/src';
import Redis from 'ioredis';
import { createTestDatabase, createTestQueuePrefix, deleteTestQueueKeys, type TestDatabase } from '@app/testing';
import { freePort, spawnApp, waitFor, type RunningApp } from './support/spawn-app';

/**
 * The first vertical slice, all real: demo-boards serves JSON-LD career sites, two worker
 * processes schedule and crawl them through BullMQ on Redis, postings land in PostgreSQL and the
 * API serves them. Crawling again updates, never duplicates.
 */
describe('crawl pipeline (demo-boards → worker ×2 → PostgreSQL → API)', () => {
  jest.setTimeout(180_000);

  let db: TestDatabase;
  let pg: Client;
  let prefix: string;
  let boards: Awaited<ReturnType<ReturnType<typeof createDemoBoardsServer>['listen']>> & { close(): Promise<void> };
  const apps: RunningApp[] = [];
  let apiUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    prefix = createTestQueuePrefix();
    const server = createDemoBoardsServer();
    const listening = await server.listen(0, '127.0.0.1');
    boards = { ...listening, close: () => server.close() };

    const dir = mkdtempSync(join(tmpdir(), 'frontline-e2e-'));
    const sourcesFile = join(dir, 'sources.yaml');
    writeFileSync(
      sourcesFile,
      [
        'sources:',
        '  - name: nordic-care-careers',
        '    kind: jsonld',
        `    url: ${boards.url}/careers/nordic-care/`,
        '    interval: 1h',
        '  - name: hilton-careers',
        '    kind: jsonld',
        `    url: ${boards.url}/careers/hilton/`,
        '    employer: Hilton',
        '    interval: 1h',
      ].join('\n'),
    );

    const apiPort = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    const env = {
      DATABASE_URL: db.url,
      QUEUE_PREFIX: prefix,
      SOURCES_FILE: sourcesFile,
      CRAWL_ALLOWED_HOSTS: '127.0.0.1,localhost',
      CRAWL_HOST_RPS: '200',
      SCHEDULER_TICK_MS: '300',
      API_PORT: String(apiPort),
    };
    apps.push(spawnApp('api', env));
    apps.push(spawnApp('worker', { ...env, WORKER_HEALTH_PORT: String(await freePort()) }));
    apps.push(spawnApp('worker', { ...env, WORKER_HEALTH_PORT: String(await freePort()) }));
    await apps[0].waitForLine(/api listening/);
    await Promise.all([apps[1].waitForLine(/worker started/), apps[2].waitForLine(/worker started/)]);
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await boards?.close();
    await pg?.end();
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    await deleteTestQueueKeys(redis, prefix);
    redis.disconnect();
    await db?.drop();
  });

  async function finishedRuns(): Promise<{ name: string; status: string; postings_new: number; pages_skipped: number }[]> {
    const { rows } = await pg.query(
      `SELECT s.name, r.status, r.postings_new, r.pages_skipped FROM crawl_runs r JOIN sources s ON s.id = r.source_id
        WHERE r.status <> 'running' ORDER BY r.started_at`,
    );
    return rows;
  }

  async function listAll(): Promise<{ id: string; title: string }[]> {
    const items: { id: string; title: string }[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await fetch(`${apiUrl}/api/jobs?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { id: string; title: string }[]; nextCursor: string | null };
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return items;
  }

  it('answers health checks with PostgreSQL and Redis up', async () => {
    const res = await fetch(`${apiUrl}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; info: Record<string, { status: string }> };
    expect(body.status).toBe('ok');
    expect(body.info.database.status).toBe('up');
    expect(body.info.redis.status).toBe('up');
  });

  it('crawls each due source once with two workers, and serves the postings', async () => {
    const runs = await waitFor(async () => {
      const r = await finishedRuns();
      return r.length >= 2 ? r : undefined;
    }, 120_000, 'both sources to finish a crawl run');
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);

    // Two schedulers ticked every 300 ms for the whole crawl: still exactly one run per source.
    const { rows: perSource } = await pg.query(`SELECT s.name, count(r.id)::int AS runs FROM sources s LEFT JOIN crawl_runs r ON r.source_id = s.id GROUP BY s.name ORDER BY s.name`);
    expect(perSource).toEqual([
      { name: 'hilton-careers', runs: 1 },
      { name: 'nordic-care-careers', runs: 1 },
    ]);

    const { rows: stored } = await pg.query(`SELECT count(*)::int AS n FROM postings WHERE status = 'open'`);
    expect(stored[0].n).toBeGreaterThan(10);
    // The API's search index follows PostgreSQL within its bounded staleness.
    const listed = await waitFor(async () => {
      const all = await listAll();
      return all.length === stored[0].n ? all : undefined;
    }, 15_000, `the API to list all ${stored[0].n} open postings`);
    expect(new Set(listed.map((p) => p.id)).size).toBe(listed.length);

    const one = await (await fetch(`${apiUrl}/api/jobs/${listed[0].id}`)).json();
    expect(one).toMatchObject({ id: listed[0].id, title: listed[0].title, status: 'open' });
    expect(one.sources.length).toBeGreaterThanOrEqual(1);
    expect(one.sources[0].url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/careers\//);
    expect(one.description).not.toMatch(/<script/i);
  });

  it('crawls again: the same postings, updated in place, none duplicated', async () => {
    const { rows: before } = await pg.query(`SELECT count(*)::int AS postings, (SELECT count(*)::int FROM posting_sources) AS provenance FROM postings`);
    await pg.query(`UPDATE sources SET next_run_at = now()`);
    const runs = await waitFor(async () => {
      const r = await finishedRuns();
      return r.length >= 4 ? r : undefined;
    }, 120_000, 'the second crawl of both sources');
    const second = runs.slice(2);
    expect(second.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    expect(second.map((r) => r.postings_new)).toEqual([0, 0]);

    const { rows: after } = await pg.query(`SELECT count(*)::int AS postings, (SELECT count(*)::int FROM posting_sources) AS provenance FROM postings`);
    expect(after).toEqual(before);
    const { rows: open } = await pg.query(`SELECT count(*)::int AS n FROM postings WHERE status = 'open'`);
    await waitFor(async () => (await listAll()).length === open[0].n || undefined, 15_000, 'the API to list the open postings');
    // The demo's expired posting is stored but not listed.
    expect((await pg.query(`SELECT count(*)::int AS n FROM postings WHERE status = 'expired'`)).rows[0].n).toBe(1);
  });

  it('refuses bad parameters with a 400 naming them', async () => {
    const bad = await fetch(`${apiUrl}/api/jobs?role=astronaut&limit=1000000&color=red`);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { parameters: string[] };
    expect(body.parameters).toEqual(expect.arrayContaining(['role', 'limit', 'color']));
    expect((await fetch(`${apiUrl}/api/jobs/not-a-uuid`)).status).toBe(400);
    expect((await fetch(`${apiUrl}/api/jobs/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await fetch(`${apiUrl}/api/jobs?cursor=garbage`)).status).toBe(400);
  });
});

describe('process start-up with a bad environment', () => {
  it('exits with one line naming the variable', async () => {
    const app = spawnApp('api', { DATABASE_URL: 'mysql://nope', API_PORT: '99999' });
    const code = await new Promise<number | null>((resolve) => app.child.once('exit', resolve));
    expect(code).toBe(78);
    const lines = app.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL/);
    expect(lines[0]).toMatch(/API_PORT/);
  });
});
