import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types';
import { loadConfig } from '@app/config';
import { createTestDatabase, createTestQueuePrefix, type TestDatabase } from '@app/testing';
import { insertPosting, seedGeneratedPostings } from '../../../../test/support/search-postings';
import { createApiApp } from '../create-api-app';

/** The JSON-LD blocks of a page, parsed. */
function jsonLdOf(page: string): Record<string, unknown>[] {
  return [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

describe('job board pages (server-rendered, real database)', () => {
  jest.setTimeout(60_000);
  let db: TestDatabase;
  let pg: Client;
  let app: INestApplication;
  let http: App;
  let tallinn: string;
  let hostile: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    await seedGeneratedPostings(pg, 300);
    tallinn = await insertPosting(pg, {
      title: 'Klienditeenindaja (eesti ja vene keel)',
      employerName: 'Põhjala Pank AS',
      language: 'et',
      country: 'EE',
      city: 'Tallinn',
      remoteMode: 'hybrid',
      roles: ['customer_service', 'call_center'],
      spokenLanguages: ['et', 'ru'],
      salaryMin: 1600,
      salaryMax: 1900,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      salaryAnnual: 19200,
      validThrough: new Date(Date.now() + 20 * 86_400_000),
    });
    hostile = await insertPosting(pg, {
      title: 'Agent </script><script>alert(1)</script>',
      employerName: '"><img src=x onerror=alert(1)>',
      description: '<p>Fine</p><script>alert(2)</script><img src=x onerror=alert(3)>',
      remoteMode: 'remote',
      country: 'NO',
      city: 'Oslo',
    });
    const config = loadConfig({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '4', QUEUE_PREFIX: createTestQueuePrefix(), LOG_LEVEL: 'silent', PUBLIC_BASE_URL: 'https://jobs.frontline.test' });
    app = await createApiApp(config);
    await app.init();
    http = app.getHttpServer();
  });

  afterAll(async () => {
    await app?.close();
    await pg?.end();
    await db?.drop();
  });

  it('renders the search page with role counts, results and a strict content policy', async () => {
    const res = await request(http).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toMatch(/<input type="checkbox" name="role" value="call_center">\s*<span>Call centre<\/span> <span class="count" data-facet-count="role:call_center">\(\d[\d,]*\)<\/span>/);
    expect(res.text).toMatch(/<h2 id="result-count" aria-live="polite" data-total="\d+">[\d,]+ jobs<\/h2>/);
    expect(res.text).toContain('<label for="q">Keywords</label>');
  });

  it('keeps the filters in the URL and narrows the count with them', async () => {
    const total = (page: string) => Number(/data-total="(\d+)"/.exec(page)![1]);
    const all = total((await request(http).get('/').expect(200)).text);
    const narrowed = await request(http).get('/?role=tech_support&country=EE&q=&salaryMin=&postedWithin=').expect(200);
    expect(total(narrowed.text)).toBeLessThan(all);
    expect(narrowed.text).toContain('<input type="checkbox" name="role" value="tech_support" checked>');
    const { rows } = await pg.query(`SELECT count(*)::int AS n FROM postings WHERE status = 'open' AND 'tech_support' = ANY(roles) AND country = 'EE'`);
    expect(total(narrowed.text)).toBe(rows[0].n);
  });

  it('speaks Estonian when asked: chrome, role names, country names', async () => {
    const res = await request(http).get('/?lang=et').expect(200);
    expect(res.text).toContain('<html lang="et">');
    expect(res.text).toContain('Märksõnad');
    expect(res.text).toContain('<span>Kõnekeskus</span>');
    expect(res.text).toMatch(/töökohta?<\/h2>/);
    const greek = await request(http).get('/').set('Accept-Language', 'el-GR,el;q=0.9').expect(200);
    expect(greek.text).toContain('<html lang="el">');
    expect(greek.text).toContain('Λέξεις-κλειδιά');
  });

  it('shows a job with its description, apply link, provenance and valid JobPosting JSON-LD', async () => {
    const res = await request(http).get(`/jobs/${tallinn}?lang=et`).expect(200);
    expect(res.text).toContain('<h1>Klienditeenindaja (eesti ja vene keel)</h1>');
    expect(res.text).toContain(`href="https://careers.example.test/apply/${tallinn}"`);
    expect(res.text).toContain('example-careers');
    const [ld] = jsonLdOf(res.text);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Klienditeenindaja (eesti ja vene keel)',
      description: expect.stringContaining('Klienditeenindaja'),
      datePosted: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      validThrough: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Põhjala Pank AS' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Tallinn', addressCountry: 'EE' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 1600, maxValue: 1900, unitText: 'MONTH' } },
      identifier: { '@type': 'PropertyValue', name: 'Frontline', value: tallinn },
      url: `https://jobs.frontline.test/jobs/${tallinn}`,
    });
  });

  it('never lets a crawled posting inject markup, into the page or out of its JSON-LD', async () => {
    const res = await request(http).get(`/jobs/${hostile}`).expect(200);
    expect(res.text).not.toMatch(/<script>alert/);
    expect(res.text).not.toMatch(/<img src=x/);
    expect(res.text.match(/<script/g)).toHaveLength(2); // board.js and the JSON-LD block
    const [ld] = jsonLdOf(res.text);
    expect(ld).toMatchObject({ title: 'Agent </script><script>alert(1)</script>', jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: [{ '@type': 'Country', name: 'NO' }] });
    const list = await request(http).get('/?remote=remote&country=NO').expect(200);
    expect(list.text).toContain('Agent &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('answers bad input with pages in the reader language, not JSON or a 500', async () => {
    const bad = await request(http).get('/?role=ceo&limit=-1&lang=pl').expect(400);
    expect(bad.headers['content-type']).toMatch(/text\/html/);
    expect(bad.text).toContain('Niektóre ustawienia wyszukiwania są nieprawidłowe');
    expect(bad.text).toContain('role must be one or more of');
    await request(http).get('/?nonsense=1').expect(400);
    const missing = await request(http).get('/jobs/00000000-0000-4000-8000-000000000000?lang=nb').expect(404);
    expect(missing.text).toContain('Denne jobben finnes ikke');
    await request(http).get('/jobs/not-a-uuid').expect(404);
  });

  it('serves its stylesheet and script with validators', async () => {
    const css = await request(http).get('/static/board.css').expect(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
    await request(http).get('/static/board.css').set('If-None-Match', css.headers.etag).expect(304);
    const js = await request(http).get('/static/board.js').expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    await request(http).get('/static/../../package.json').expect(404);
    await request(http).get('/static/nope.js').expect(404);
  });

  it('serves the taxonomy: roles with labels in five languages and occupation codes', async () => {
    const res = await request(http).get('/api/taxonomy').expect(200);
    const callCentre = res.body.roles.find((r: { role: string }) => r.role === 'call_center');
    expect(callCentre.labels).toMatchObject({ en: expect.any(String), et: expect.any(String), nb: expect.any(String), pl: expect.any(String), el: expect.any(String) });
    expect(callCentre.codes.isco08.length).toBeGreaterThan(0);
    expect(res.body.roles).toHaveLength(7);
    expect(res.body.shifts).toContain('night');
  });
});
