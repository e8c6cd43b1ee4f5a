import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types';
import { loadConfig } from '@app/config';
import { createTestDatabase, createTestQueuePrefix, type TestDatabase } from '@app/testing';
import { insertPosting, seedGeneratedPostings } from '../../../../test/support/search-postings';
import { createApiApp } from '../create-api-app';

interface Item {
  id: string;
  title: string;
  roles: string[];
  country: string | null;
  remoteMode: string | null;
  spokenLanguages: string[];
  salaryAnnual: number | null;
  postedAt: string | null;
  url: string;
}
interface Bucket {
  value: string;
  count: number;
  label?: string;
}
interface SearchBody {
  items: Item[];
  nextCursor: string | null;
  total?: number;
  facets?: Record<string, Bucket[]>;
}

describe('GET /api/jobs (API over a real database)', () => {
  jest.setTimeout(60_000);
  let db: TestDatabase;
  let pg: Client;
  let app: INestApplication;
  let http: App;
  let oslo: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    await seedGeneratedPostings(pg, 600);
    oslo = await insertPosting(pg, {
      title: 'Kundeservicemedarbeider med norsk og engelsk',
      employerName: 'Fjordkraft ASA',
      language: 'nb',
      country: 'NO',
      city: 'Oslo',
      remoteMode: 'hybrid',
      spokenLanguages: ['nb', 'en'],
      salaryMin: 40000,
      salaryMax: 45000,
      salaryCurrency: 'NOK',
      salaryPeriod: 'month',
      salaryAnnual: 41280,
    });
    const config = loadConfig({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '4', QUEUE_PREFIX: createTestQueuePrefix(), LOG_LEVEL: 'silent', SCHEDULER_ENABLED: 'false' });
    app = await createApiApp(config);
    await app.init();
    http = app.getHttpServer();
  });

  afterAll(async () => {
    await app?.close();
    await pg?.end();
    await db?.drop();
  });

  const get = (query: string) => request(http).get(`/api/jobs${query}`);

  it('lists open postings newest first, 20 a page, with a cursor to the next', async () => {
    const res = await get('').expect(200);
    const body = res.body as SearchBody;
    expect(body.items).toHaveLength(20);
    expect(body.nextCursor).toEqual(expect.any(String));
    expect(body.items[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), url: `/jobs/${body.items[0].id}` });
    expect(body.total).toBeUndefined();
    const dates = body.items.map((i) => Date.parse(i.postedAt ?? '') || 0);
    expect(dates.slice(0, 5)).toEqual([...dates.slice(0, 5)].sort((a, b) => b - a));
  });

  it('combines filters, and its facet total counts exactly the postings it pages through', async () => {
    const query = '?role=call_center,customer_service&country=NO&country=EE&remote=onsite,hybrid&speaks=en,nb,et&facets=true&limit=7';
    const first = (await get(query).expect(200)).body as SearchBody;
    const items = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = (await get(`${query}&cursor=${cursor}`).expect(200)).body as SearchBody;
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(items.length).toBe(first.total);
    expect(items.length).toBeGreaterThan(7);
    for (const item of items) {
      expect(item.roles.some((r) => r === 'call_center' || r === 'customer_service')).toBe(true);
      expect(['NO', 'EE']).toContain(item.country);
      expect(['onsite', 'hybrid']).toContain(item.remoteMode);
      expect(item.spokenLanguages.every((l) => ['en', 'nb', 'et'].includes(l))).toBe(true);
    }
    const roleFacet = new Map(first.facets!.role.map((b) => [b.value, b.count]));
    expect(roleFacet.get('call_center')! + roleFacet.get('customer_service')!).toBeGreaterThanOrEqual(first.total!);
    expect(first.facets!.country.map((b) => b.value)).toEqual(expect.arrayContaining(['NO', 'EE', 'PL']));
  });

  it('converts salaryMin from the given currency and finds text in Norwegian', async () => {
    const nok = (await get('?q=kundeservice&salaryMin=400000&currency=NOK&hasSalary=true&facets=true').expect(200)).body as SearchBody;
    expect(nok.items.map((i) => i.id)).toContain(oslo);
    for (const item of nok.items) expect(item.salaryAnnual).toBeGreaterThanOrEqual(400000 * 0.086);
    const tooHigh = (await get('?q=kundeservice&salaryMin=600000&currency=NOK&hasSalary=true').expect(200)).body as SearchBody;
    expect(tooHigh.items.map((i) => i.id)).not.toContain(oslo);
  });

  it('sorts by relevance when asked with keywords, and by salary', async () => {
    const relevance = (await get('?q=kundeservice&sort=relevance').expect(200)).body as SearchBody;
    expect(relevance.items.length).toBeGreaterThan(0);
    const salary = (await get('?sort=salary&limit=30').expect(200)).body as SearchBody;
    const pay = salary.items.map((i) => i.salaryAnnual ?? -1);
    expect(pay).toEqual([...pay].sort((a, b) => b - a));
  });

  it('includes a posting committed just before the request, in the page and in the counts', async () => {
    const before = ((await get('?country=LV&facets=true').expect(200)).body as SearchBody).total;
    const riga = await insertPosting(pg, { title: 'Klientu apkalpošanas speciālists', employerName: 'Rīgas Ūdens', language: 'lv', country: 'LV', city: 'Rīga' });
    const after = (await get('?country=LV&facets=true').expect(200)).body as SearchBody;
    expect(after.total).toBe(before! + 1);
    expect(after.items.map((i) => i.id)).toContain(riga);
    await pg.query(`UPDATE postings SET status = 'closed' WHERE id = $1`, [riga]);
    const closed = (await get('?country=LV&facets=true').expect(200)).body as SearchBody;
    expect(closed.total).toBe(before);
    expect(closed.items.map((i) => i.id)).not.toContain(riga);
    await pg.query(`DELETE FROM postings WHERE id = $1`, [riga]);
  });

  it('shows one posting with its provenance', async () => {
    const res = await request(http).get(`/api/jobs/${oslo}`).expect(200);
    expect(res.body).toMatchObject({ id: oslo, title: 'Kundeservicemedarbeider med norsk og engelsk', status: 'open' });
    expect(res.body.sources).toEqual([expect.objectContaining({ url: expect.stringContaining(oslo), source: { name: 'example-careers', kind: 'jsonld' } })]);
    await request(http).get('/api/jobs/not-a-uuid').expect(400);
    await request(http).get('/api/jobs/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it.each([
    ['?role=ceo', 'role'],
    ['?role[a]=b', 'role'],
    ['?limit=-1', 'limit'],
    ['?limit=1000000', 'limit'],
    ['?limit=ten', 'limit'],
    ['?cursor=not-a-cursor', 'cursor'],
    [`?cursor=${'A'.repeat(400)}`, 'cursor'],
    [`?q=${'x'.repeat(10_000)}`, 'q'],
    ['?country=Estonia', 'country'],
    ["?country=EE'--", 'country'],
    ['?speaks=english', 'speaks'],
    ['?salaryMin=-5', 'salaryMin'],
    ['?salaryMin=1e400', 'salaryMin'],
    ['?salaryMin=lots', 'salaryMin'],
    ['?salaryMin=30000&currency=XYZ', 'currency'],
    ['?postedWithin=5y', 'postedWithin'],
    ['?postedWithin=9999d', 'postedWithin'],
    ['?sort=relevance', 'sort'],
    ['?sort=random()', 'sort'],
    ['?facets=maybe', 'facets'],
    ['?seniority=<script>alert(1)</script>', 'seniority'],
    ['?unknown=1', 'unknown'],
    ['?role=call_center&debug=true', 'debug'],
  ])('refuses %s with a 400 naming %s', async (query, parameter) => {
    const res = await get(query).expect(400);
    expect(res.body.parameters).toContain(parameter);
    expect(res.body.message).toEqual(expect.any(String));
  });

  it.each([
    "?q='; DROP TABLE postings; --",
    '?q=<script>alert(1)</script>',
    "?employer=' OR 1=1 --",
    '?employer=<img src=x onerror=alert(1)>',
    "?city=Tallinn'); DELETE FROM postings; --",
    '?q=%00%01%02',
    '?q=!!!&facets=true',
    `?q=${encodeURIComponent(":*|&!()'\\")}`,
    '?role=call_center&q=UNION SELECT password_hash FROM users&facets=true',
  ])('answers hostile %s with a safe 200', async (query) => {
    const started = Date.now();
    const res = await get(query).expect(200);
    expect(Array.isArray(res.body.items)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
    const { rows } = await pg.query(`SELECT count(*)::int AS n FROM postings`);
    expect(rows[0].n).toBe(601);
  });

  it('documents every search parameter in OpenAPI', async () => {
    const doc = (await request(http).get('/api/docs-json').expect(200)).body;
    const names = doc.paths['/api/jobs'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['role', 'seniority', 'employer', 'speaks', 'shift', 'country', 'city', 'remote', 'language', 'salaryMin', 'currency', 'postedWithin', 'q', 'sort', 'limit', 'cursor', 'facets']));
  });
});
