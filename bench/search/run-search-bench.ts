import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { loadConfig } from '@app/config';
import { freePort, spawnApp, waitFor } from '../../test/support/spawn-app';
import { statementsFor, type ApiStatements } from './api-statements';
import { ensureBenchDatabase } from './bench-database';
import { loadDirect } from './load-direct';
import { loadHttp } from './load-http';
import { MIX, coldQuery, withFacets } from './query-mix';
import { seededRandom } from './posting-generator';
import { explainSlowest } from './explain-slowest';
import { searchPoolConfig } from '../../libs/db/src/repositories/posting-query.repository';
import { buildRowsByIdSql } from '../../libs/db/src/search/listing-sql';
import { READ_CHANGES_SQL } from '../../libs/db/src/search/search-index-reader';

// npm run bench:search -- [--postings 1000000] [--seconds 10] [--connections 1,32] [--database frontline_bench] [--rebuild] [--prepare-only]
// Prints one JSON object per line: the data set, each run (API over HTTP and direct SQL, per mix
// and concurrency), the overhead and the targets, and the EXPLAIN plans of the slowest queries.

const { values: args } = parseArgs({
  options: {
    postings: { type: 'string', default: '1000000' },
    employers: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,32' },
    database: { type: 'string', default: 'frontline_bench' },
    rebuild: { type: 'boolean', default: false },
    /** Build (or check) the data set and stop: the slow part, worth doing ahead of a measurement. */
    'prepare-only': { type: 'boolean', default: false },
  },
});

const log = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), ...line })}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const postings = Number(args.postings);
  const seconds = Number(args.seconds);
  const concurrency = args.connections!.split(',').map(Number);
  const url = await ensureBenchDatabase({
    serverUrl: config.DATABASE_URL,
    name: args.database!,
    postings,
    employers: Number(args.employers),
    seed: 2026,
    rates: { [config.SALARY_BASE_CURRENCY]: 1, ...config.SALARY_RATES },
    force: args.rebuild!,
    log,
  });
  if (args['prepare-only']) return;
  const benchConfig = loadConfig({ DATABASE_URL: url });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const bootStarted = Date.now();
  // Request logging off (warn): at thousands of requests a second it would measure the log pipe.
  const api = spawnApp('api', { DATABASE_URL: url, API_PORT: String(port), LOG_LEVEL: 'warn', SCHEDULER_ENABLED: 'false' });
  const pool = new Pool({ ...searchPoolConfig(benchConfig), max: Math.max(...concurrency) * 2 });
  const stop = () => void api.stop().finally(() => process.exit(130));
  process.once('SIGINT', stop).once('SIGTERM', stop);
  try {
    // Its "listening" line is logged at info, which this run silences: ask it instead.
    await waitFor(async () => api.child.exitCode === null && (await fetch(`${base}/api/jobs?limit=1`)).ok, 15 * 60_000, 'the API to answer', 500);
    log({ type: 'api', ready: true, bootSeconds: Math.round((Date.now() - bootStarted) / 100) / 10, note: 'boot includes loading the facet index' });

    const first = (await (await fetch(`${base}/api/jobs?role=customer_service`)).json()) as { nextCursor: string };
    // Encoded as a browser would: autocannon writes the request line as given, and a raw "ó" there is no valid HTTP.
    const mix = [...MIX, `role=customer_service&cursor=${first.nextCursor}`].map((q) => new URLSearchParams(q).toString());
    const facetMix = withFacets(mix);
    // Steady state: every query once, as a board in use has them warm.
    const pageIds = new Map<string, string[]>();
    for (const q of [...mix, ...facetMix]) {
      const res = await fetch(`${base}/api/jobs?${q}`);
      if (res.status !== 200) throw new Error(`warm-up ${q} answered ${res.status}: ${await res.text()}`);
      pageIds.set(q, ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id));
    }
    // What the API itself sends PostgreSQL per request: the change-log check, and the page's rows by id.
    const { rows: snapshot } = await pool.query<{ xmin: string }>(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`);
    const ownStatements = mix.map((q) => [{ text: READ_CHANGES_SQL, values: [snapshot[0].xmin] }, buildRowsByIdSql(pageIds.get(q)!)]);
    const rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    log({ type: 'api', warm: true, rssMb: Math.round(rssMb) });
    const statements = new Map<string, ApiStatements>();
    for (const q of mix) statements.set(q, await statementsFor(q, benchConfig));

    const roundRobin = <T>(items: readonly T[]) => {
      let i = 0;
      return () => items[i++ % items.length];
    };
    const results: Record<string, { p50: number; p95: number; p99: number; rps: number }> = {};
    for (const connections of concurrency) {
      for (const [name, queries] of [['listing', mix], ['listing+facets', facetMix]] as const) {
        const next = roundRobin(queries.map((q) => `/api/jobs?${q}`));
        const r = await loadHttp(base, next, connections, seconds);
        results[`api ${name} ${connections}`] = r;
        log({ type: 'run', target: 'api', mix: name, connections, ...r });
      }
      const random = seededRandom(connections);
      const cold = await loadHttp(base, () => `/api/jobs?${coldQuery(random)}`, connections, seconds);
      log({ type: 'run', target: 'api', mix: 'cold facets (no cache)', connections, ...cold });

      const own = await loadDirect(pool, roundRobin(ownStatements), connections, seconds);
      results[`direct own ${connections}`] = own;
      log({ type: 'run', target: 'postgres', mix: "the API's own statements (change-log check + rows by id)", connections, ...own });
      const listing = roundRobin(mix.map((q) => [statements.get(q)!.listing]));
      const direct = await loadDirect(pool, listing, connections, seconds);
      results[`direct listing ${connections}`] = direct;
      log({ type: 'run', target: 'postgres', mix: 'listing', connections, ...direct });
      const withGroupBy = roundRobin(mix.map((q) => [statements.get(q)!.listing, statements.get(q)!.facets]));
      const naive = await loadDirect(pool, withGroupBy, connections, seconds);
      log({ type: 'run', target: 'postgres', mix: 'listing+facets (GROUP BY)', connections, ...naive });
    }

    for (const connections of concurrency) {
      const api = results[`api listing ${connections}`];
      const apiFacets = results[`api listing+facets ${connections}`];
      const pg = results[`direct listing ${connections}`];
      const own = results[`direct own ${connections}`];
      const pct = (a: number, b: number) => Math.round((a / b - 1) * 1000) / 10;
      log({
        type: 'overhead',
        connections,
        note: 'API over HTTP vs the same search as plain SQL sent directly (negative: the API is faster), and vs the statements the API itself sends',
        vsSqlSearchP50Percent: pct(api.p50, pg.p50),
        vsSqlSearchP95Percent: pct(api.p95, pg.p95),
        withFacetsVsSqlSearchP95Percent: pct(apiFacets.p95, pg.p95),
        vsOwnStatementsP50Percent: pct(api.p50, own.p50),
        vsOwnStatementsP95Percent: pct(api.p95, own.p95),
      });
    }
    const top = Math.max(...concurrency);
    const facets = results[`api listing+facets ${top}`];
    log({ type: 'target', mix: 'listing+facets', connections: top, postings, p95: facets.p95, p95Met: facets.p95 <= 50, p99: facets.p99, p99Met: facets.p99 <= 100 });

    for (const plan of await explainSlowest(pool, [...statements.entries()], 3)) log({ type: 'explain', ...plan });
  } finally {
    await pool.end();
    await api.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    log({ type: 'error', message: (err as Error).message, stack: (err as Error).stack });
    process.exit(1);
  },
);
