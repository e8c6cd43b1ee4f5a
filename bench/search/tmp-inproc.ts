import { loadConfig } from '@app/config';
import { PostingQueryRepository } from '../../libs/db/src/repositories/posting-query.repository';
async function main() {
  const repo = new PostingQueryRepository(loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/frontline_bench_dev' }));
  await repo.startSearchIndex({ refreshIntervalMs: 0 });
  const filter = { roles: ['call_center' as const], countries: ['DE'] };
  const time = async (name: string, fn: () => Promise<unknown>) => {
    for (let i = 0; i < 50; i++) await fn();
    const ts: number[] = [];
    for (let i = 0; i < 300; i++) { const t = performance.now(); await fn(); ts.push(performance.now() - t); }
    ts.sort((a, b) => a - b);
    console.log(name, 'p50', ts[150].toFixed(3), 'p95', ts[285].toFixed(3));
  };
  const index = (repo as any).index;
  await time('index.list', () => index.list(filter, { employers: [], cities: [] }, 'newest', null, 21));
  await time('repo.search', () => repo.search({ filter, sort: 'newest', limit: 20 }));
  await time('repo.facets', () => repo.facets(filter));
  await time('repo.search q', () => repo.search({ filter: { q: 'kundeservice' }, sort: 'newest', limit: 20 }));
  await time('repo.search all', () => repo.search({ filter: {}, sort: 'newest', limit: 20 }));
  const ids = (await index.list(filter, { employers: [], cities: [] }, 'newest', null, 20)).map((h: any) => h.id);
  const pool = (repo as any).pool;
  const { buildRowsByIdSql } = await import('../../libs/db/src/search/listing-sql');
  const st = buildRowsByIdSql(ids);
  await time('pg rows by id', () => pool.query(st.text, st.values));
  await time('pg select 1', () => pool.query('SELECT 1'));
  await repo.onModuleDestroy();
}
main();
