import type { Pool } from 'pg';
import type { ApiStatements } from './api-statements';
import type { SqlStatement } from '../../libs/db/src/search/listing-sql';

async function timeOf(pool: Pool, s: SqlStatement): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    await pool.query(s.text, s.values);
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return runs.sort((a, b) => a - b)[1];
}

/**
 * The `count` slowest listing statements of the mix (median of three runs, one client) with
 * their EXPLAIN (ANALYZE, BUFFERS) plans, so that a plan gone wrong shows in the bench output.
 * The GROUP BY facet statements are left out: the API does not run them.
 */
export async function explainSlowest(pool: Pool, statements: [string, ApiStatements][], count: number): Promise<{ query: string; medianMs: number; plan: string[] }[]> {
  const timed: { query: string; statement: SqlStatement; ms: number }[] = [];
  for (const [query, s] of statements) timed.push({ query, statement: s.listing, ms: await timeOf(pool, s.listing) });
  timed.sort((a, b) => b.ms - a.ms);
  const out: { query: string; medianMs: number; plan: string[] }[] = [];
  for (const t of timed.slice(0, count)) {
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${t.statement.text}`, t.statement.values);
    out.push({ query: t.query, medianMs: Math.round(t.ms * 100) / 100, plan: rows.map((r) => r['QUERY PLAN']) });
  }
  return out;
}
