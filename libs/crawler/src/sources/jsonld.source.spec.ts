import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceConfigError } from '../errors';
import type { FetchedPage, PageRequest, SourceDefinition } from '../source-adapter';
import { JsonLdSource } from './jsonld.source';

const FIXTURES = join(__dirname, '../../test/fixtures/jsonld');
const adapter = new JsonLdSource();
const source: SourceDefinition = { name: 'northwind-careers', kind: 'jsonld', url: 'https://careers.northwind-cc.example/jobs/' };

function pageOf(body: string, url: string, finalUrl = url): FetchedPage {
  return { url, finalUrl, status: 200, contentType: 'text/html; charset=utf-8', body };
}

function parseFixture(name: string, url: string, role: 'listing' | 'detail', def: SourceDefinition = source) {
  const request: PageRequest = { url, role };
  return adapter.parse(pageOf(readFileSync(join(FIXTURES, name), 'utf8'), url), request, def);
}

function parseHtml(body: string, role: 'listing' | 'detail' = 'detail', url = 'https://careers.example/jobs/1', def: SourceDefinition = source) {
  return adapter.parse(pageOf(body, url), { url, role }, def);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('JsonLdSource', () => {
  describe('configuration', () => {
    it('starts at the entry URL as a listing', () => {
      expect(adapter.start(source)).toEqual([{ url: 'https://careers.northwind-cc.example/jobs/', role: 'listing', accept: expect.stringContaining('text/html') }]);
    });

    it.each([
      [{ ...source, url: undefined }, /url: is required/],
      [{ ...source, url: 'careers/jobs' }, /url: "careers\/jobs" is not an absolute URL/],
      [{ ...source, url: 'ftp://careers.example/jobs' }, /url: must be http or https/],
    ])('refuses unusable entry URL #%#, naming the field', (def, message) => {
      let error: unknown;
      try {
        adapter.validate(def);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SourceConfigError);
      expect((error as SourceConfigError).field).toBe('url');
      expect((error as Error).message).toMatch(message);
    });
  });

  describe('listing pages', () => {
    it('follows links to posting pages and the next page, nothing else', () => {
      const result = parseFixture('listing-en.html', 'https://careers.northwind-cc.example/jobs/', 'listing');
      expect(result.postings).toEqual([]);
      expect(result.next).toEqual([
        { url: 'https://careers.northwind-cc.example/jobs/customer-service-advisor-glasgow-4711', role: 'detail', accept: expect.any(String) },
        { url: 'https://careers.northwind-cc.example/jobs/technical-support-agent-remote-4712?utm_source=list', role: 'detail', accept: expect.any(String) },
        { url: 'https://careers.northwind-cc.example/jobs/team-leader-inbound-4713', role: 'detail', accept: expect.any(String) },
        { url: 'https://careers.northwind-cc.example/job?id=4714', role: 'detail', accept: expect.any(String) },
        { url: 'https://careers.northwind-cc.example/jobs/?page=2', role: 'listing', accept: expect.any(String) },
      ]);
    });

    it('takes postings the listing itself carries (ItemList) and pages through "Järgmine »"', () => {
      const url = 'https://www.laanemereside.example/karjaar/toopakkumised/?lk=2';
      const result = parseFixture('listing-et-itemlist.html', url, 'listing', { ...source, url });
      expect(result.postings).toHaveLength(1);
      expect(result.postings[0]).toMatchObject({
        externalId: 'LS-2025-031',
        url,
        title: 'Klienditeenindaja (eesti ja vene keel)',
        employer: 'Läänemere Side AS',
        city: 'Tallinn',
        country: 'EE',
      });
      expect(result.next.map((r) => [r.role, r.url])).toEqual([
        ['detail', 'https://www.laanemereside.example/karjaar/toopakkumised/klienditeenindaja-tallinn'],
        ['detail', 'https://www.laanemereside.example/karjaar/toopakkumised/tehnilise-toe-spetsialist-tartu'],
        ['listing', 'https://www.laanemereside.example/karjaar/toopakkumised/?lk=3'],
      ]);
    });

    it.each([
      ['<link rel="next" href="/jobs/?page=3">', '/jobs/?page=3'],
      ['<nav class="pagination"><a href="/oferty/strona/2">Następna</a></nav>', '/oferty/strona/2'],
      ['<nav><a href="/stillinger?side=2" aria-label="Neste side">›</a></nav>', '/stillinger?side=2'],
      ['<ul class="pager"><li class="next"><a href="/theseis?page=2">Επόμενη</a></li></ul>', '/theseis?page=2'],
      ['<div class="pagination"><a href="?page=2">»</a></div>', '/jobs/?page=2'],
    ])('finds the next page in %s', (markup, path) => {
      const result = parseHtml(`<html><body>${markup}</body></html>`, 'listing', 'https://careers.example/jobs/');
      expect(result.next.filter((r) => r.role === 'listing').map((r) => r.url)).toEqual([`https://careers.example${path}`]);
    });

    it('ignores a next link to another site or to the page itself', () => {
      const markup = '<a rel="next" href="https://elsewhere.example/jobs?page=2">next</a><a rel="next" href="/jobs/">next</a>';
      expect(parseHtml(markup, 'listing', 'https://careers.example/jobs/').next).toEqual([]);
    });

    it('resolves relative links against <base href> and the final URL after redirects', () => {
      const body = '<html><head><base href="https://careers.example/en/"></head><body><a href="jobs/agent-1">Agent</a></body></html>';
      const result = adapter.parse(pageOf(body, 'http://careers.example/', 'https://careers.example/en/'), { url: 'http://careers.example/', role: 'listing' }, source);
      expect(result.next.map((r) => r.url)).toEqual(['https://careers.example/en/jobs/agent-1']);
    });

    it('takes links inside elements marked as jobs even without a telling path', () => {
      const body = `<div class="job-card"><a href="/p/8812">Support agent</a></div>
        <div itemscope itemtype="https://schema.org/JobPosting"><a href="/x/77">Chat agent</a></div>
        <footer class="jobs-footer"><a href="/about">About</a></footer>`;
      expect(parseHtml(body, 'listing', 'https://careers.example/').next.map((r) => r.url)).toEqual([
        'https://careers.example/p/8812',
        'https://careers.example/x/77',
      ]);
    });
  });

  describe('posting pages', () => {
    it('reads a JobPosting inside @graph with a QuantitativeValue salary and an escaped description', () => {
      const url = 'https://careers.northwind-cc.example/jobs/customer-service-advisor-glasgow-4711';
      const result = parseFixture('detail-en-graph.html', url, 'detail');
      expect(result.next).toEqual([]);
      expect(result.postings).toEqual([
        {
          externalId: 'NW-4711',
          url,
          title: 'Customer Service Advisor (Evenings)',
          description:
            '<p>Help our customers by phone, chat and email on <strong>evening shifts</strong> (4pm&ndash;midnight).</p>' +
            '<ul><li>Full paid training</li><li>Shift allowance &amp; pension</li></ul>',
          employer: 'Northwind Contact Centres Ltd',
          location: 'Glasgow, Scotland, GB',
          city: 'Glasgow',
          region: 'Scotland',
          country: 'GB',
          salary: { min: 12.6, max: 13.85, currency: 'GBP', period: 'hour' },
          employmentType: 'FULL_TIME, TEMPORARY',
          datePosted: '2025-02-03T09:00:00+00:00',
          validThrough: '2025-03-31T23:59:59+01:00',
          applyUrl: 'https://careers.northwind-cc.example/apply/NW-4711',
          language: 'en',
        },
      ]);
    });

    it('survives a broken block and repairs raw newlines and trailing commas in another', () => {
      const url = 'https://www.laanemereside.example/karjaar/toopakkumised/klienditeenindaja-tallinn';
      const { postings } = parseFixture('detail-et-blocks.html', url, 'detail');
      expect(postings).toHaveLength(1);
      expect(postings[0]).toEqual({
        externalId: 'LS-2025-031',
        url,
        title: 'Klienditeenindaja (eesti ja vene keel)',
        description:
          '<p>Ootame oma meeskonda <b>klienditeenindajat</b>, kes räägib vabalt eesti ja vene keelt.</p>\n' +
          '<p>Pakume: tasuline väljaõpe, paindlik graafik, sporditoetus.</p>',
        employer: 'Läänemere Side AS',
        location: 'Tallinn, Harju maakond, EE',
        city: 'Tallinn',
        region: 'Harju maakond',
        country: 'EE',
        salary: { min: 1650, max: 1650, currency: 'EUR', period: 'month' },
        employmentType: 'FULL_TIME',
        datePosted: '2025-02-10',
        validThrough: '2025-03-10T23:59:00+02:00',
        language: 'et',
      });
    });

    it('reads a remote posting: TELECOMMUTE, applicant country, yearly salary, numeric identifier', () => {
      const url = 'https://jobb.nordlys-energi.example/stillinger/88213-kundeservicemedarbeider?ref=feed';
      const { postings } = parseFixture('detail-nb-remote.html', url, 'detail');
      expect(postings).toEqual([
        {
          externalId: '88213',
          url,
          title: 'Kundeservicemedarbeider – hjemmekontor (100 %)',
          description:
            '<p>Vil du hjelpe kundene våre med strøm, fakturaer og flytting? Du jobber hjemmefra og svarer på telefon og chat.</p><p>Søknadsfrist: 15. mars</p>',
          employer: 'Nordlys Energi AS',
          location: 'NO',
          country: 'NO',
          remote: 'remote',
          salary: { min: 485000, max: 485000, currency: 'NOK', period: 'year' },
          employmentType: 'FULL_TIME',
          datePosted: '2025-02-14',
          validThrough: '2025-03-15',
          applyUrl: 'https://jobb.nordlys-energi.example/stillinger/88213-kundeservicemedarbeider',
        },
      ]);
    });

    it('reads a top-level array, @type arrays, several locations and salary numbers written as text', () => {
      const url = 'https://kariera.wisla-cc.example/oferty/konsultant-de-17';
      const { postings } = parseFixture('detail-pl-locations.html', url, 'detail');
      expect(postings).toHaveLength(1);
      expect(postings[0]).toMatchObject({
        externalId: 'WCC/DE/2025/17',
        title: 'Konsultant ds. obsługi klienta z językiem niemieckim',
        employer: 'Wisła Contact Center sp. z o.o.',
        location: 'Warszawa, mazowieckie, PL; Kraków, małopolskie, PL; Łódź – biuro przy ul. Piotrkowskiej',
        city: 'Warszawa',
        region: 'mazowieckie',
        country: 'PL',
        salary: { min: 6500, max: 8000, currency: 'PLN', period: 'month' },
        employmentType: 'FULL_TIME, CONTRACTOR',
      });
      // Real HTML is kept as it is: its entities are not decoded a second time.
      expect(postings[0].description).toContain('pakiet medyczny &amp; kartę sportową');
    });

    it('reads a CDATA-wrapped block with an address as text and falls back to the page URL as id', () => {
      const url = 'https://karieres.aigaio-tel.example/theseis/ekprosopos-athina#top';
      const { postings } = parseFixture('detail-el.html', url, 'detail');
      expect(postings).toEqual([
        {
          externalId: 'https://karieres.aigaio-tel.example/theseis/ekprosopos-athina',
          url,
          title: 'Εκπρόσωπος Εξυπηρέτησης Πελατών (βάρδιες)',
          description: '<p>Αναζητούμε εκπροσώπους για το τηλεφωνικό κέντρο μας στην Αθήνα.</p><ul><li>Άριστη γνώση Αγγλικών</li></ul>',
          employer: 'Αιγαίο Τηλεπικοινωνίες Α.Ε.',
          location: 'Λεωφόρος Κηφισίας 44, Μαρούσι, Αθήνα',
          salary: { min: 950, max: 950, currency: 'EUR', period: 'month' },
          employmentType: 'PART_TIME',
          datePosted: '2025-02-20',
          validThrough: '2025-04-20',
          language: 'el',
        },
      ]);
    });

    it.each([['article-en.html'], ['soft-404.html']])('finds no posting in %s', (name) => {
      expect(parseFixture(name, 'https://careers.northwind-cc.example/blog/x', 'detail')).toEqual({ postings: [], next: [] });
    });
  });

  describe('edge cases', () => {
    it('keeps several id-less postings of one page apart and drops a repeated one', () => {
      const a = { '@type': 'JobPosting', title: 'Chat Agent', description: 'a' };
      const b = { '@type': 'JobPosting', title: 'Phone Agent', description: 'b' };
      const { postings } = parseHtml(ld([a, b]) + ld(a));
      expect(postings.map((p) => [p.externalId, p.title])).toEqual([
        ['https://careers.example/jobs/1', 'Chat Agent'],
        ['https://careers.example/jobs/1#2', 'Phone Agent'],
      ]);
    });

    it('accepts full-IRI and prefixed types, and skips postings without a title', () => {
      const { postings } = parseHtml(
        ld({ '@type': 'http://schema.org/JobPosting', title: 'One', identifier: '1' }) +
          ld({ '@type': 'schema:JobPosting', title: 'Two', identifier: '2' }) +
          ld({ '@type': 'JobPosting', description: 'no title' }),
      );
      expect(postings.map((p) => p.title)).toEqual(['One', 'Two']);
    });

    it('uses the source employer when the page names none, and decodes entities in titles', () => {
      const { postings } = parseHtml(ld({ '@type': 'JobPosting', title: 'Agent &amp; Advisor', identifier: 'x' }), 'detail', undefined, {
        ...source,
        employer: 'Northwind',
      });
      expect(postings[0]).toMatchObject({ title: 'Agent & Advisor', employer: 'Northwind' });
    });

    it('reads a PostalAddress given directly, a plain salary number and a salary in words', () => {
      const { postings } = parseHtml(
        ld({ '@type': 'JobPosting', title: 'A', identifier: 'a', jobLocation: { '@type': 'PostalAddress', addressLocality: 'Tartu', addressCountry: 'EE' }, baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: 1400 } }) +
          ld({ '@type': 'JobPosting', title: 'B', identifier: 'b', baseSalary: '1 400 € kuus' }),
      );
      expect(postings[0]).toMatchObject({ city: 'Tartu', country: 'EE', location: 'Tartu, EE', salary: { min: 1400, max: 1400, currency: 'EUR' } });
      expect(postings[1].salaryText).toBe('1 400 € kuus');
    });

    it.each([
      ['non-object JSON', '<script type="application/ld+json">42</script><script type="application/ld+json">null</script>'],
      ['an empty block', '<script type="application/ld+json">  </script>'],
      ['deep nesting', `<script type="application/ld+json">${'['.repeat(5000)}${']'.repeat(5000)}</script>`],
      ['unclosed markup', '<html><body><div><p>Broken <b>page<script type="application/ld+json">{"@type":"Thing"}</script><table><tr><td>'],
      ['wrong field types', ld({ '@type': 'JobPosting', title: { x: 1 }, jobLocation: 5, baseSalary: [null], hiringOrganization: [] })],
    ])('yields nothing and does not throw on %s', (_label, body) => {
      expect(parseHtml(body).postings).toEqual([]);
    });
  });
});
