import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { jobPostingsIn, startBoards, unescapeEntities, type RunningBoards } from './spec-helpers';

const xmlParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['position', 'jobDescription', 'item', 'entry'].includes(name) });

describe('ATS boards at the vendors’ URL paths', () => {
  let boards: RunningBoards;
  beforeAll(async () => {
    boards = await startBoards();
  });
  afterAll(() => boards.server.close());

  describe('greenhouse', () => {
    it('lists jobs with entity-escaped content, departments and offices when content=true', async () => {
      const body = await boards.json<any>('/greenhouse/v1/boards/americanexpress/jobs?content=true');
      expect(body.meta).toEqual({ total: body.jobs.length });
      expect(body.jobs).toHaveLength(5);
      const job = body.jobs[0];
      expect(Object.keys(job)).toEqual(
        expect.arrayContaining(['absolute_url', 'id', 'internal_job_id', 'location', 'metadata', 'requisition_id', 'title', 'updated_at', 'first_published', 'company_name', 'language', 'content', 'departments', 'offices', 'data_compliance']),
      );
      expect(job.content).not.toContain('<');
      const html = unescapeEntities(job.content);
      expect(html).toContain('<div class="content-intro">');
      expect(html).toContain('content-pay-transparency');
      expect(job.location.name).toEqual(expect.any(String));
      expect(Number.isInteger(job.id)).toBe(true);
      const hosted = await boards.get(new URL(job.absolute_url).pathname);
      expect(hosted.status).toBe(200);
    });

    it('omits content without content=true, serves one job by id, and 404s an unknown board', async () => {
      const plain = await boards.json<any>('/greenhouse/v1/boards/nordiccare/jobs');
      expect(plain.jobs[0].content).toBeUndefined();
      const one = await boards.json<any>(`/greenhouse/v1/boards/nordiccare/jobs/${plain.jobs[0].id}`);
      expect(one.title).toBe(plain.jobs[0].title);
      expect(one.content).toEqual(expect.any(String));
      expect((await boards.get('/greenhouse/v1/boards/no-such-board/jobs?content=true')).status).toBe(404);
    });
  });

  describe('lever', () => {
    it('answers a bare array with Lever’s fields', async () => {
      const postings = await boards.json<any[]>('/lever/v0/postings/delta?mode=json');
      expect(Array.isArray(postings)).toBe(true);
      expect(postings).toHaveLength(5);
      const p = postings[0];
      expect(p.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(p.categories).toMatchObject({ commitment: expect.any(String), location: expect.any(String), allLocations: expect.any(Array) });
      expect(typeof p.createdAt).toBe('number');
      expect(p.lists[0]).toMatchObject({ text: expect.any(String), content: expect.stringContaining('<li>') });
      expect(p.salaryRange).toMatchObject({ currency: 'USD', interval: 'per-hour-wage' });
      expect(postings.map((x) => x.workplaceType)).toEqual(expect.arrayContaining(['on-site', 'hybrid', 'remote']));
    });

    it('answers 404 {"ok":false,"error":"Document not found"} for an unknown site', async () => {
      const res = await boards.get('/lever/v0/postings/not-a-company?mode=json');
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ ok: false, error: 'Document not found' });
    });

    it('honours skip and limit', async () => {
      const page = await boards.json<any[]>('/lever/v0/postings/delta?mode=json&skip=2&limit=2');
      const all = await boards.json<any[]>('/lever/v0/postings/delta?mode=json');
      expect(page.map((p) => p.id)).toEqual(all.slice(2, 4).map((p) => p.id));
    });
  });

  describe('smartrecruiters', () => {
    it('pages with offset and limit', async () => {
      const first = await boards.json<any>('/smartrecruiters/v1/companies/optum/postings?offset=0&limit=2');
      const second = await boards.json<any>('/smartrecruiters/v1/companies/optum/postings?offset=2&limit=2');
      const last = await boards.json<any>('/smartrecruiters/v1/companies/optum/postings?offset=4&limit=2');
      expect(first).toMatchObject({ offset: 0, limit: 2, totalFound: 5 });
      expect([...first.content, ...second.content, ...last.content]).toHaveLength(5);
      const hugeLimit = await boards.json<any>('/smartrecruiters/v1/companies/optum/postings?limit=5000&offset=-3');
      expect(hugeLimit).toMatchObject({ offset: 0, limit: 100 });
    });

    it('publishes one refNumber in two languages under different ids sharing a jobId', async () => {
      const all = await boards.json<any>('/smartrecruiters/v1/companies/optum/postings');
      const twins = all.content.filter((p: any) => p.refNumber === 'OPT2291');
      expect(twins.map((p: any) => p.language.code).sort()).toEqual(['en', 'pl']);
      expect(twins[0].id).not.toBe(twins[1].id);
      expect(twins.map((p: any) => p.defaultJobAd).sort()).toEqual([false, true]);
      const details = await Promise.all(twins.map((p: any) => boards.json<any>(`/smartrecruiters/v1/companies/optum/postings/${p.id}`)));
      expect(details[0].jobId).toBe(details[1].jobId);
      expect(Object.keys(details[0].jobAd.sections)).toEqual(['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation']);
      expect(details.find((d) => d.language.code === 'pl').jobAd.sections.jobDescription.text).toContain('Twoje zadania');
    });

    it('answers an empty page for an unknown company and 404 for an unknown posting', async () => {
      expect(await boards.json('/smartrecruiters/v1/companies/nobody/postings')).toEqual({ offset: 0, limit: 100, totalFound: 0, content: [] });
      expect((await boards.get('/smartrecruiters/v1/companies/optum/postings/123')).status).toBe(404);
    });
  });

  describe('personio', () => {
    it('answers <workzag-jobs> in German unless a language is asked', async () => {
      const de = xmlParser.parse(await boards.text('/personio/kundenwerk/xml'));
      const en = xmlParser.parse(await boards.text('/personio/kundenwerk/xml?language=en'));
      const et = xmlParser.parse(await boards.text('/personio/kundenwerk/xml?language=et'));
      expect(de['workzag-jobs'].position).toHaveLength(4);
      expect(de['workzag-jobs'].position[0].name).toBe('Kundenberater (m/w/d) Energie – Inbound');
      expect(en['workzag-jobs'].position[0].name).toBe('Customer Advisor (m/f/d) Energy – Inbound');
      // A position without a translation stays German in every language.
      expect(en['workzag-jobs'].position[3].name).toBe('Teamleiter Kundenservice (m/w/d)');
      expect(et['workzag-jobs'].position[2].name).toBe('Saksa keelt kõnelev klienditeenindaja (Tallinn)');
      const p = de['workzag-jobs'].position[0];
      expect(p.jobDescriptions.jobDescription[0].value).toContain('<br>');
      expect(p.salaryInformation).toMatchObject({ currencyCode: 'EUR', type: 'monthly' });
      expect(p.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it('answers a valid empty feed for a company with no positions, and 404 for an unknown one', async () => {
      const res = await boards.get('/personio/stillwater/xml');
      expect(res.status).toBe(200);
      const parsed = xmlParser.parse(await res.text());
      expect(parsed).toHaveProperty('workzag-jobs');
      expect(parsed['workzag-jobs'].position).toBeUndefined();
      expect((await boards.get('/personio/nobody/xml')).status).toBe(404);
    });
  });

  describe('recruitee', () => {
    it('answers { offers } with translations of the same offer', async () => {
      const { offers } = await boards.json<any>('/recruitee/pohjala-pank/api/offers/');
      expect(offers).toHaveLength(4);
      const contact = offers[0];
      expect(contact.title).toBe('Kontaktkeskuse klienditeenindaja');
      expect(Object.keys(contact.translations).sort()).toEqual(['en', 'et']);
      expect(contact.translations.en.title).toBe('Contact Centre Customer Advisor');
      expect(contact.salary).toEqual({ min: '1500', max: '1800', period: 'month', currency: 'EUR' });
      expect(contact.published_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
      expect((await boards.get(new URL(contact.careers_url).pathname)).status).toBe(200);
      expect((await boards.get('/recruitee/nobody/api/offers/')).status).toBe(404);
    });
  });

  describe('workable', () => {
    it('answers the widget envelope, with descriptions only when details=true', async () => {
      const plain = await boards.json<any>('/workable/api/v1/widget/accounts/hilton-europe');
      const detailed = await boards.json<any>('/workable/api/v1/widget/accounts/hilton-europe?details=true');
      expect(Object.keys(plain)).toEqual(['name', 'description', 'jobs']);
      expect(plain.jobs[0].description).toBeUndefined();
      expect(detailed.jobs[0].description).toContain('<ul>');
      expect(detailed.jobs[0].locations[0]).toMatchObject({ countryCode: 'PL', city: 'Warszawa', hidden: false });
      expect(detailed.jobs[0].shortcode).toMatch(/^[0-9A-F]{10}$/);
      expect((await boards.get('/workable/api/v1/widget/accounts/nobody')).status).toBe(404);
    });
  });

  describe('ashby', () => {
    it('answers { jobs, apiVersion } with compensation only when asked', async () => {
      const withPay = await boards.json<any>('/ashby/posting-api/job-board/southwest?includeCompensation=true');
      const withoutPay = await boards.json<any>('/ashby/posting-api/job-board/southwest');
      expect(withPay.apiVersion).toBe('1');
      expect(withoutPay.jobs[0].compensation).toBeUndefined();
      const job = withPay.jobs[0];
      expect(job).toMatchObject({ isRemote: true, workplaceType: 'Remote', employmentType: 'FullTime', isListed: true });
      expect(job.address.postalAddress.addressCountry).toBe('United States');
      expect(job.compensation.summaryComponents[0]).toMatchObject({ compensationType: 'Salary', interval: '1 HOUR', currencyCode: 'USD', minValue: 17.5, maxValue: 19 });
      expect(job.compensation.compensationTierSummary).toBe('$17.50 – $19 per hour');
      expect(withPay.jobs[1].compensation.scrapeableCompensationSalarySummary).toBe('$62K - $74K');
      expect((await boards.get('/ashby/posting-api/job-board/nobody')).status).toBe(404);
    });
  });

  describe('feeds', () => {
    it('serves RSS 2.0 items with escaped HTML descriptions and working links', async () => {
      const rss = xmlParser.parse(await boards.text('/feeds/jpmorgan-chase/jobs.rss'));
      const items = rss.rss.channel.item;
      expect(rss.rss['@_version']).toBe('2.0');
      expect(items).toHaveLength(4);
      expect(items[0].title).toBe('JPMorgan Chase Bank, N.A.: Phone Banker – Customer Service');
      expect(items[0].description).toContain('<strong>Headquarters:</strong>');
      expect(Date.parse(items[0].pubDate)).not.toBeNaN();
      expect((await boards.get(new URL(items[0].link).pathname)).status).toBe(200);
    });

    it('serves an Atom feed with per-entry languages', async () => {
      const atom = xmlParser.parse(await boards.text('/feeds/amazon/jobs.atom'));
      const entries = atom.feed.entry;
      expect(entries).toHaveLength(4);
      expect(entries.map((e: any) => e['@_xml:lang'])).toEqual(['en', 'pl', 'en', 'en']);
      expect(entries[1].content['#text']).toContain('<h3>Twoje zadania</h3>');
      expect((await boards.get(new URL(entries[0].link['@_href']).pathname)).status).toBe(200);
    });
  });

  describe('html board', () => {
    it('lists jobs in a table with rel=next, and detail pages readable with the demo selectors', async () => {
      const first = load(await boards.text('/html/apple/jobs/'));
      expect(first('table.jobs tbody tr')).toHaveLength(3);
      const next = first('a[rel=next]').attr('href') as string;
      const second = load(await boards.text(next));
      expect(second('table.jobs tbody tr')).toHaveLength(1);
      expect(second('a[rel=next]')).toHaveLength(0);
      const detailHtml = await boards.text(first('table.jobs tbody tr td.title a').first().attr('href') as string);
      const $ = load(detailHtml);
      expect($('h1.job-title').text()).toBe('AppleCare Advisor – Norwegian Speaker');
      expect($('.company').text()).toBe('Apple Distribution International');
      expect($('.location').text()).toBe('Cork, County Cork, Ireland');
      expect($('.salary').text()).toContain('€31,000');
      expect($('time.posted').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect($('dt:contains("Employment type") + dd').text()).toBe('Full-time');
      expect($('a.apply').attr('href')).toMatch(/\/apply\/$/);
      expect(jobPostingsIn(detailHtml)).toEqual([]);
    });
  });

  it('carries career-site jobs in ATS feeds too: the same requisition on two boards', async () => {
    const greenhouse = await boards.json<any>('/greenhouse/v1/boards/nordiccare/jobs?content=true');
    const fromFeed = greenhouse.jobs.find((j: any) => j.requisition_id === 'NC-2420');
    const page = await boards.text('/careers/nordic-care/jobs/nc-2420-konekeskuse-klienditeenindaja-eesti-ja-vene-keel/');
    const fromSite = jobPostingsIn(page)[0];
    expect(fromFeed.title).toBe(fromSite.title);
    expect(fromFeed.language).toBe('et');
    const workable = await boards.json<any>('/workable/api/v1/widget/accounts/hilton-europe?details=true');
    expect(workable.jobs.map((j: any) => j.code)).toEqual(['HOT0B561', 'HOT0B566', 'HOT0B570']);
  });
});
