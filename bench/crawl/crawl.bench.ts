/**
 * `npm run bench:crawl`: end-to-end crawl throughput against demo-boards' benchmark pages on
 * loopback — first fetch to rows committed in PostgreSQL — with one and with two worker
 * processes, and in the same run a bare fetch + cheerio loop over the same pages as the
 * baseline. Prints JSON lines; medians of BENCH_RUNS runs (default 3).
 *
 *   BENCH_PAGES=2000 BENCH_RUNS=3 npm run bench:crawl
 */
import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { loadConfig } from '@app/config';
import { createTestDatabase, createTestQueuePrefix, deleteTestQueueKeys } from '@app/testing';
import { freePort, spawnApp, waitFor, type RunningApp } from '../../test/support/spawn-app';
import { baselineFetchAndParse } from './baseline-fetch-parse';

const PAGES = Number(process.env.BENCH_PAGES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// The crawl worker's default concurrency (CRAWL_CONCURRENCY), for both the pipeline and the baseline.
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const emit = (record: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(record)}\n`);

async function pipelineRun(boardsUrl: string, workers: number): Promise<{ postings: number; pages: number; seconds: number; status: string }> {
  const db = await createTestDatabase();
  const prefix = createTestQueuePrefix();
  const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-'));
  const sourcesFile = join(dir, 'sources.yaml');
  writeFileSync(sourcesFile, `sources:\n  - name: bench\n    kind: jsonld\n    url: ${boardsUrl}/bench/${PAGES}/\n    employer: Bench Employer\n    interval: 1d\n`);
  const env = {
    DATABASE_URL: db.url,
    QUEUE_PREFIX: prefix,
    SOURCES_FILE: sourcesFile,
    CRAWL_ALLOWED_HOSTS: '127.0.0.1',
    CRAWL_UNTHROTTLED_HOSTS: '127.0.0.1',
    CRAWL_CONCURRENCY: String(CONCURRENCY),
    SCHEDULER_TICK_MS: '200',
    LOG_LEVEL: 'warn',
  };
  const apps: RunningApp[] = [];
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  try {
    for (let i = 0; i < workers; i++) apps.push(spawnApp('worker', { ...env, WORKER_HEALTH_PORT: String(await freePort()) }));
    const run = await waitFor(
      async () => (await pg.query(`SELECT status, postings_new + postings_updated + postings_unchanged AS postings, pages_fetched, started_at, finished_at FROM crawl_runs WHERE status <> 'running'`)).rows[0],
      20 * 60_000,
      'the benchmark crawl to finish',
      100,
    );
    return {
      postings: Number(run.postings),
      pages: Number(run.pages_fetched),
      seconds: (run.finished_at.getTime() - run.started_at.getTime()) / 1000,
      status: run.status,
    };
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    await pg.end();
    const redis = new Redis(loadConfig().REDIS_URL);
    await deleteTestQueueKeys(redis, prefix);
    redis.disconnect();
    await db.drop();
  }
}

async function main(): Promise<void> {
  const boards = spawnApp('demo-boards', { DEMO_BOARDS_PORT: String(await freePort()), LOG_LEVEL: 'info' });
  const line = await boards.waitForLine(/listening|"url"/);
  const boardsUrl = /(http:\/\/[\d.]+:\d+)/.exec(line)?.[1];
  if (!boardsUrl) throw new Error(`demo-boards did not say where it listens: ${line}`);
  try {
    // Warm demo-boards' page cache so the first measured run does not pay for rendering.
    await baselineFetchAndParse(`${boardsUrl}/bench/${PAGES}/`, CONCURRENCY);
    const baseline: number[] = [];
    const one: { postings: number; seconds: number }[] = [];
    const two: { postings: number; seconds: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const b = await baselineFetchAndParse(`${boardsUrl}/bench/${PAGES}/`, CONCURRENCY);
      baseline.push(b.pages / b.seconds);
      emit({ bench: 'crawl', kind: 'baseline-run', run: i + 1, pages: b.pages, seconds: +b.seconds.toFixed(2), pagesPerSecond: +(b.pages / b.seconds).toFixed(1) });
      for (const [workers, sink] of [[1, one], [2, two]] as const) {
        const r = await pipelineRun(boardsUrl, workers);
        sink.push(r);
        emit({ bench: 'crawl', kind: 'pipeline-run', run: i + 1, workers, status: r.status, pages: r.pages, postings: r.postings, seconds: +r.seconds.toFixed(2), postingsPerSecond: +(r.postings / r.seconds).toFixed(1), pagesPerSecond: +(r.pages / r.seconds).toFixed(1) });
      }
    }
    const baselinePps = median(baseline);
    for (const [workers, runs] of [[1, one], [2, two]] as const) {
      const postingsPerSecond = median(runs.map((r) => r.postings / r.seconds));
      // Every job page carries one posting, so pipeline postings/s compare with baseline pages/s.
      emit({
        bench: 'crawl',
        kind: 'summary',
        workers,
        jobPages: PAGES,
        concurrency: CONCURRENCY,
        runs: RUNS,
        medianPostingsPerSecond: +postingsPerSecond.toFixed(1),
        medianBaselinePagesPerSecond: +baselinePps.toFixed(1),
        ratioToBaseline: +(postingsPerSecond / baselinePps).toFixed(3),
        targets: { postingsPerSecondOneWorker: 300, ratioToBaseline: 0.5 },
      });
    }
  } finally {
    await boards.stop();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench:crawl failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
