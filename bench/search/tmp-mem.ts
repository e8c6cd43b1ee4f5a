import { PostingColumns, ROLE_VALUES, SHIFT_VALUES } from '../../libs/db/src/search/memory/posting-columns';
import { CompiledFilter } from '../../libs/db/src/search/memory/compiled-filter';
import { FacetTally } from '../../libs/db/src/search/memory/facet-tally';
import { UuidDocMap } from '../../libs/db/src/search/memory/uuid-doc-map';
import { randomUUID } from 'node:crypto';
const N = 1_000_000;
const cols = new PostingColumns(N);
const ids = new UuidDocMap(N);
const pick = <T,>(a: readonly T[]) => a[Math.floor(Math.random() * a.length)];
const countries = ['EE','NO','PL','GR','DE','FI','SE','GB','US','FR','ES','IT','NL','LV','LT'];
let t = Date.now();
for (let i = 0; i < N; i++) {
  const id = randomUUID();
  ids.set(id, cols.write({ id, roles: [pick(ROLE_VALUES)], seniority: pick(['agent','team_leader','supervisor','manager','director', null]), remoteMode: pick(['remote','hybrid','onsite',null]), shifts: [pick(SHIFT_VALUES)], language: pick(['en','et','nb','pl','el','de','fi','sv']), country: pick(countries), cityFolded: 'city' + (i % 500), employerKey: i % 3 ? 'emp' + (i % 3000) : null, employerNameFolded: 'emp' + (i % 3000), employerLabel: 'Emp', spokenLanguages: [pick(['en','et','nb','pl','el','de','fi','sv'])], salaryAnnual: i % 2 ? 20000 + (i % 50000) : null, sortAt: Date.now() - (i % 1000) * 3600e3 }));
}
console.log('load', Date.now() - t, 'ms', process.memoryUsage().heapUsed / 1e6, 'MB heap', process.memoryUsage().arrayBuffers / 1e6, 'MB buffers');
const none = { employers: [], cities: [] };
for (const [name, f] of [['none', {}], ['role', { roles: ['call_center'] }], ['role+country', { roles: ['call_center', 'tech_support'], countries: ['EE', 'NO'] }], ['salary+remote', { salaryAnnualMin: 40000, remote: ['remote'] }], ['speaks', { speaks: ['en', 'et'] }]] as const) {
  const cf = new CompiledFilter(f as any, none, null, cols);
  FacetTally.countAll(cf, cols);
  t = performance.now();
  for (let i = 0; i < 10; i++) FacetTally.countAll(cf, cols);
  const tally = FacetTally.countAll(cf, cols);
  console.log(name, ((performance.now() - t) / 11).toFixed(1), 'ms', tally.total);
  t = performance.now();
  for (let i = 0; i < 100; i++) tally.toFacets(cols, 20);
  console.log('  toFacets', ((performance.now() - t) / 100).toFixed(3), 'ms');
}
let hit = 0;
const some: string[] = []; let k = 0;
for (let i = 0; i < 100000; i++) { const id = randomUUID(); some.push(id); }
t = performance.now(); for (const id of some) if (ids.get(id) !== undefined) hit++;
console.log('100k misses', (performance.now() - t).toFixed(1), 'ms', hit, k);
