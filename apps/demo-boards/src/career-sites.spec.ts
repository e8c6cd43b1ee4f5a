import { load } from 'cheerio';
import { jobPostingsIn, linksIn, startBoards, unescapeEntities, type RunningBoards } from './spec-helpers';

const NOW = new Date('2026-06-15T12:00:00Z');

/** Follows rel=next from a site's first listing page; returns every listing page's HTML. */
async function crawlListings(boards: RunningBoards, start: string): Promise<string[]> {
  const pages: string[] = [];
  let next: string | undefined = start;
  while (next) {
    const html = await boards.text(next);
    pages.push(html);
    next = linksIn(html, 'a[rel=next]')[0];
    expect(pages.length).toBeLessThan(20);
  }
  return pages;
}

describe('jsonld career sites', () => {
  let boards: RunningBoards;
  const postings = new Map<string, Record<string, any>>();

  beforeAll(async () => {
    boards = await startBoards({ now: NOW, flakyFailures: 0 });
    for (const site of ['nordic-care', 'hilton']) {
      for (const listing of await crawlListings(boards, `/careers/${site}/`)) {
        for (const href of linksIn(listing, 'a.job-link')) {
          const found = jobPostingsIn(await boards.text(href));
          if (found.length === 1) postings.set(href, found[0]);
        }
      }
    }
  });
  afterAll(() => boards.server.close());

  it('paginates with rel=next and links every posting from a listing', async () => {
    const nordic = await crawlListings(boards, '/careers/nordic-care/');
    const hilton = await crawlListings(boards, '/careers/hilton/');
    expect(nordic).toHaveLength(3);
    expect(hilton).toHaveLength(2);
    expect(linksIn(nordic[1], 'a[rel=prev]')).toEqual(['/careers/nordic-care/']);
    expect(postings.size).toBeGreaterThanOrEqual(30);
    expect(postings.size).toBeLessThanOrEqual(40);
  });

  it('puts a complete JobPosting on every job page', () => {
    for (const [href, ld] of postings) {
      expect(ld.title).toEqual(expect.any(String));
      expect(ld.description).toMatch(/(<|&lt;)p(>|&gt;)/);
      expect(ld.hiringOrganization['@type']).toBe('Organization');
      expect(ld.hiringOrganization.name).toEqual(expect.any(String));
      expect(ld.jobLocation.address['@type']).toBe('PostalAddress');
      expect(ld.jobLocation.address.addressCountry).toMatch(/^[A-Z]{2}$/);
      expect(ld.identifier).toMatchObject({ '@type': 'PropertyValue', value: expect.any(String) });
      expect(ld.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(ld.validThrough)).not.toBeNaN();
      expect(ld.employmentType).toBeDefined();
      expect(ld.url).toBe(`${boards.url}${href}`);
    }
  });

  it('marks remote jobs TELECOMMUTE and gives salaries as MonetaryAmount ranges or values', () => {
    const all = [...postings.values()];
    const remote = all.filter((p) => p.jobLocationType === 'TELECOMMUTE');
    expect(remote.length).toBeGreaterThanOrEqual(3);
    remote.forEach((p) => expect(p.applicantLocationRequirements['@type']).toBe('Country'));
    const salaries = all.map((p) => p.baseSalary).filter(Boolean);
    expect(salaries.length).toBeGreaterThanOrEqual(30);
    for (const s of salaries) {
      expect(s['@type']).toBe('MonetaryAmount');
      expect(s.currency).toMatch(/^[A-Z]{3}$/);
      expect(s.value['@type']).toBe('QuantitativeValue');
      expect(['HOUR', 'MONTH', 'YEAR']).toContain(s.value.unitText);
    }
    expect(salaries.some((s) => s.value.value !== undefined && s.value.minValue === undefined)).toBe(true);
  });

  it('covers five languages and several seniorities, with some non-CS jobs', async () => {
    const langs = new Set([...postings.values()].map((p) => p.inLanguage));
    expect([...langs].sort()).toEqual(['el', 'en', 'et', 'nb', 'pl']);
    const titles = [...postings.values()].map((p) => p.title as string);
    expect(titles).toEqual(expect.arrayContaining(['Lagermedarbeider – plukk og pakk, Berger', 'Gift Shop Cashier (Part-Time)']));
    expect(titles.some((t) => /^Director/.test(t))).toBe(true);
    expect(titles.some((t) => /Team Lead|Teamleder|meeskonnajuht/.test(t))).toBe(true);
  });

  it('uses two JSON-LD styles: separate blocks, and an @graph with an entity-escaped description', async () => {
    const nordic = await boards.text('/careers/nordic-care/jobs/nc-3102-kundebehandler-i-kundesenteret-innkommende-samtaler/');
    const $n = load(nordic);
    expect($n('script[type="application/ld+json"]')).toHaveLength(2);
    expect(jobPostingsIn(nordic)[0].description).toContain('<h3>Arbeidsoppgaver</h3>');

    const hilton = await boards.text('/careers/hilton/jobs/hot0b4f1-reservations-sales-agent/');
    const graph = JSON.parse(load(hilton)('script[type="application/ld+json"]').text());
    expect(graph['@graph'].map((n: any) => n['@type'])).toEqual(['Organization', 'BreadcrumbList', 'JobPosting']);
    const ld = jobPostingsIn(hilton)[0];
    expect(ld.description.startsWith('&lt;p&gt;')).toBe(true);
    expect(unescapeEntities(ld.description)).toContain('<li>Handle inbound calls');
    expect(ld.employmentType).toEqual(['FULL_TIME']);
  });

  it('keeps an expired posting listed, with validThrough in the past', async () => {
    const expired = [...postings.values()].find((p) => p.identifier.value === 'HOT0A977');
    expect(expired).toBeDefined();
    expect(Date.parse(expired?.validThrough)).toBeLessThan(NOW.getTime());
    expect(Date.parse(expired?.validThrough)).toBeGreaterThan(NOW.getTime() - 10 * 86_400_000);
  });

  it('links a career-advice article that carries no JobPosting', async () => {
    const listing = await boards.text('/careers/nordic-care/');
    const advice = linksIn(listing, 'aside.advice a')[0];
    expect(advice).toBe('/careers/nordic-care/advice/contact-centre-interview-tips/');
    const article = await boards.text(advice);
    expect(jobPostingsIn(article)).toEqual([]);
    expect(article).toContain('"@type":"Article"');
  });

  it('lists a 404 dressed as 200 among Hilton jobs, and dresses unknown Hilton jobs the same way', async () => {
    const listing = await boards.text('/careers/hilton/');
    const trap = '/careers/hilton/jobs/hot0a812-guest-services-agent-orlando/';
    expect(linksIn(listing, 'a.job-link')).toContain(trap);
    for (const path of [trap, '/careers/hilton/jobs/made-up-job/']) {
      const res = await boards.get(path);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('no longer available');
      expect(jobPostingsIn(html)).toEqual([]);
    }
    expect((await boards.get('/careers/nordic-care/jobs/made-up-job/')).status).toBe(404);
  });

  it('links every listing page to the robots-disallowed internal posting', async () => {
    for (const page of await crawlListings(boards, '/careers/nordic-care/')) {
      expect(linksIn(page, 'footer a')).toContain('/careers/nordic-care/internal/team-leader-referral/');
    }
    const internal = jobPostingsIn(await boards.text('/careers/nordic-care/internal/team-leader-referral/'));
    expect(internal[0].identifier.value).toBe('NC-INT-0007');
    expect([...postings.values()].some((p) => p.identifier.value === 'NC-INT-0007')).toBe(false);
  });

  it('redirects the bare site path and page 1, and 404s past the last page', async () => {
    const bare = await boards.get('/careers/hilton');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/careers/hilton/');
    expect((await boards.get('/careers/hilton/page/1/')).headers.get('location')).toBe('/careers/hilton/');
    expect((await boards.get('/careers/hilton/page/3/')).status).toBe(404);
    expect((await boards.get('/careers/unknown/')).status).toBe(404);
  });

  it('serves the pages a crawler meets on the way: apply forms, logos, footer pages', async () => {
    for (const path of ['/careers/hilton/jobs/hot0b4f1-reservations-sales-agent/apply/', '/static/logos/hilton.svg', '/privacy/', '/sitemap.xml']) {
      expect((await boards.get(path)).status).toBe(200);
    }
  });
});
