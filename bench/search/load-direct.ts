import type { Pool } from 'pg';
import { summarise, type LatencySummary } from './latency-stats';
import type { SqlStatement } from '../../libs/db/src/search/listing-sql';

/**
 * The baseline: the same statements straight to PostgreSQL from node, `connections` at a time
 * for `seconds`. One request is a group of statements run together, as the API runs a page and
 * its facets together.
 */
export async function loadDirect(pool: Pool, nextGroup: () => SqlStatement[], connections: number, seconds: number): Promise<LatencySummary> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  const worker = async () => {
    while (Date.now() < deadline) {
      const group = nextGroup();
      const t0 = process.hrtime.bigint();
      try {
        await Promise.all(group.map((s) => pool.query(s.text, s.values)));
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return summarise(latencies, errors, (Date.now() - started) / 1000);
}
