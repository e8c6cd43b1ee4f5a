import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceConfigError } from '../errors';
import type { FetchedPage, HtmlSelectors, SourceDefinition } from '../source-adapter';
import { HtmlSource } from './html.source';

const FIXTURES = join(__dirname, '../../test/fixtures/html');
const adapter = new HtmlSource();

function parseFixture(name: string, url: string, role: 'listing' | 'detail', source: SourceDefinition) {
  const page: FetchedPage = { url, finalUrl: url, status: 200, contentType: 'text/html', body: readFileSync(join(FIXTURES, name), 'utf8') };
  return adapter.parse(page, { url, role }, source);
}

function configError(source: SourceDefinition): SourceConfigError {
  try {
    adapter.validate(source);
  } catch (e) {
    if (e instanceof SourceConfigError) return e;
    throw e;
  }
  throw new Error('expected a SourceConfigError');
}

const polish: SourceDefinition = {
  name: 'baltyk-serwis',
  kind: 'html',
  url: 'https://praca.baltyk-serwis.example/oferty?strona=2',
  selectors: {
    item: 'table.jobs tbody tr',
    link: 'a',
    next: 'a[rel=next]',
    fields: {
      title: 'h1',
      employer: '.company',
      location: '.location',
      salary: '.salary',
      description: '.description',
      posted: 'p:contains("Opublikowano") time',
      apply: 'a.apply',
      workMode: 'dt:contains("Tryb pracy") + dd',
      employmentType: 'dt:contains("Rodzaj umowy") + dd',
      validThrough: 'dt:contains("Ważna do") + dd time',
    },
  },
};

describe('HtmlSource', () => {
  describe('validate', () => {
    it('accepts a complete configuration, :contains() included', () => {
      expect(() => adapter.validate(polish)).not.toThrow();
      expect(adapter.start(polish)).toEqual([{ url: polish.url, role: 'listing', accept: expect.stringContaining('text/html') }]);
    });

    const withSelectors = (selectors: unknown): SourceDefinition => ({ ...polish, selectors: selectors as HtmlSelectors });
    const base = polish.selectors!;

    it.each([
      ['selectors', withSelectors(undefined)],
      ['selectors.item', withSelectors({ ...base, item: undefined })],
      ['selectors.item', withSelectors({ ...base, item: '   ' })],
      ['selectors.fields', withSelectors({ ...base, fields: undefined })],
      ['selectors.fields.title', withSelectors({ ...base, fields: { employer: '.company' } })],
      ['selectors.fields.location', withSelectors({ ...base, fields: { ...base.fields, location: 'div[' } })],
      ['selectors.next', withSelectors({ ...base, next: 'a:nth-child(' })],
      ['selectors.link', withSelectors({ ...base, link: 42 })],
      ['selectors.fields.salary', withSelectors({ ...base, fields: { ...base.fields, salary: 'p::before' } })],
      ['selectors.fields.bad name', withSelectors({ ...base, fields: { ...base.fields, 'bad name': 'p' } })],
      ['url', { ...polish, url: undefined }],
      ['url', { ...polish, url: 'javascript:alert(1)' }],
    ])('names %s when it is missing or does not parse', (field, source) => {
      const error = configError(source);
      expect(error.field).toBe(field);
      expect(error.message).toContain(`source "baltyk-serwis": ${field}:`);
    });

    it('refuses to parse pages of a source whose selectors are broken', () => {
      const broken = withSelectors({ ...base, item: 'tr[' });
      const page: FetchedPage = { url: 'https://x.example/', finalUrl: 'https://x.example/', status: 200, contentType: 'text/html', body: '<p>' };
      expect(() => adapter.parse(page, { url: page.url, role: 'listing' }, broken)).toThrow(SourceConfigError);
    });
  });

  describe('listing with links (pl)', () => {
    it('queues the detail page of every item and the next listing page', () => {
      const result = parseFixture('listing-table-pl.html', polish.url!, 'listing', polish);
      expect(result.postings).toEqual([]);
      expect(result.next.map((r) => [r.role, r.url])).toEqual([
        ['detail', 'https://praca.baltyk-serwis.example/oferta/12045-konsultant-infolinii'],
        ['detail', 'https://praca.baltyk-serwis.example/oferta/12046-specjalista-ds-reklamacji'],
        ['detail', 'https://praca.baltyk-serwis.example/oferta/12047-koordynator-zespolu?src=lista'],
        ['listing', 'https://praca.baltyk-serwis.example/oferty?strona=3'],
      ]);
    });

    it('reads every configured field on the detail page', () => {
      const url = 'https://praca.baltyk-serwis.example/oferta/12045-konsultant-infolinii';
      const result = parseFixture('detail-pl.html', url, 'detail', polish);
      expect(result.next).toEqual([]);
      expect(result.postings).toHaveLength(1);
      const { description, ...rest } = result.postings[0];
      expect(rest).toEqual({
        externalId: url,
        url,
        title: 'Konsultant infolinii',
        employer: 'Bałtyk Serwis S.A.',
        location: 'Gdańsk; Praca hybrydowa: Gdańsk i dom',
        remote: 'hybrid',
        salaryText: '5 200 – 6 100 zł brutto / mies.',
        employmentType: 'umowa o pracę',
        datePosted: '2025-02-13T08:30:00+01:00',
        validThrough: '2025-03-15',
        applyUrl: 'https://praca.baltyk-serwis.example/aplikuj/12045',
      });
      expect(description).toMatch(/^<h2>Twoje zadania<\/h2>\s*<ul><li>odbieranie połączeń od klientów<\/li>/);
    });
  });

  describe('listing without links (nb)', () => {
    const norwegian: SourceDefinition = {
      name: 'kystlink',
      kind: 'html',
      url: 'https://kystlink.example/stillinger',
      employer: 'Kystlink Kundesenter AS',
      selectors: {
        item: 'article.kort',
        next: 'a.neste',
        fields: { title: '.tittel', location: '.sted', workMode: '.arbeidsform', posted: 'time.publisert', description: '.ingress', apply: 'a.soknad' },
      },
    };

    it('reads the fields from each item, skipping items without a title', () => {
      const result = parseFixture('listing-cards-nb.html', 'https://kystlink.example/stillinger', 'listing', norwegian);
      expect(result.next).toEqual([{ url: 'https://kystlink.example/stillinger?side=2', role: 'listing', accept: expect.any(String) }]);
      expect(result.postings.map((p) => p.title)).toEqual(['Kundebehandler – kveld og helg', 'Teamleder kundeservice', 'Sommerjobb i kundeservice']);
      expect(result.postings[0]).toEqual({
        externalId: 'https://kystlink.example/stillinger#KL-301',
        url: 'https://kystlink.example/stillinger',
        title: 'Kundebehandler – kveld og helg',
        description: '<p>Svar på henvendelser fra kundene våre på <em>telefon og chat</em>.</p>',
        employer: 'Kystlink Kundesenter AS',
        location: 'Bergen',
        remote: 'remote',
        datePosted: '12.02.2025',
        applyUrl: 'https://kystlink.example/sok/KL-301',
      });
      expect(result.postings[1]).toMatchObject({ externalId: 'https://kystlink.example/stillinger#KL-302', remote: 'onsite', location: 'Trondheim' });
    });

    it('gives an item without link or id an id made from its content, the same on every listing page', () => {
      const first = parseFixture('listing-cards-nb.html', 'https://kystlink.example/stillinger', 'listing', norwegian).postings[2];
      const later = parseFixture('listing-cards-nb.html', 'https://kystlink.example/stillinger?side=2', 'listing', norwegian).postings[2];
      expect(first.externalId).toMatch(/^https:\/\/kystlink\.example\/stillinger#[0-9a-f]{16}$/);
      expect(later.externalId).toBe(first.externalId);
      expect(later.url).toBe('https://kystlink.example/stillinger?side=2');
    });
  });

  it('mixes both: items with a link become detail pages, the others postings (et)', () => {
    const estonian: SourceDefinition = {
      name: 'saare-konekeskus',
      kind: 'html',
      url: 'https://saare-kk.example/kuulutused',
      selectors: { item: 'li.kuulutus', link: 'a.pealkiri', fields: { title: '.pealkiri', location: 'span:not(.pealkiri)' } },
    };
    const result = parseFixture('listing-et.html', estonian.url!, 'listing', estonian);
    expect(result.next.map((r) => r.url)).toEqual(['https://saare-kk.example/too/551', 'https://saare-kk.example/too/552']);
    expect(result.postings.map((p) => p.title)).toEqual(['Praktikant (link puudub)']);
  });

  it('reads meta content, table cells by header text and a form action (el)', () => {
    const greek: SourceDefinition = {
      name: 'voreios',
      kind: 'html',
      url: 'https://voreios.example/theseis',
      selectors: {
        item: '.job-list li',
        link: 'a',
        fields: {
          title: 'h1.job-title',
          employer: 'th:contains("Εταιρεία") + td',
          location: 'th:contains("Τοποθεσία") + td',
          salary: 'th:contains("Αποδοχές") + td',
          employmentType: 'th:contains("Απασχόληση") + td',
          description: '.job-body',
          posted: 'meta[itemprop=datePosted]',
          apply: 'form.apply-form',
          department: '.no-such-element',
        },
      },
    };
    const url = 'https://voreios.example/theseis/5521';
    expect(parseFixture('detail-el.html', url, 'detail', greek).postings).toEqual([
      {
        externalId: url,
        url,
        title: 'Συντονιστής Τηλεφωνικού Κέντρου',
        description: '<p>Αναζητούμε συντονιστή για ομάδα 15 εκπροσώπων.</p>',
        employer: 'Βόρειος Εξυπηρέτηση Α.Ε.',
        location: 'Θεσσαλονίκη',
        salaryText: '1.100 € μικτά',
        employmentType: 'Πλήρης',
        datePosted: '2025-02-18',
        applyUrl: 'https://voreios.example/aitisi/5521',
      },
    ]);
  });

  it('yields nothing for a detail page the selectors do not match (an article, a soft 404)', () => {
    const page: FetchedPage = {
      url: 'https://praca.baltyk-serwis.example/blog/jak-napisac-cv',
      finalUrl: 'https://praca.baltyk-serwis.example/blog/jak-napisac-cv',
      status: 200,
      contentType: 'text/html',
      body: '<html><body><article><h2>Jak napisać CV</h2><p>Porady…</p></article></body></html>',
    };
    expect(adapter.parse(page, { url: page.url, role: 'detail' }, polish)).toEqual({ postings: [], next: [] });
  });
});
