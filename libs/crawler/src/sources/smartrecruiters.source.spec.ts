import { PermanentPageError } from '../errors';
import type { PageRequest, SourceDefinition } from '../source-adapter';
import { answeredPage, readAdapterFixture } from './ats/page-fixtures';
import { SmartRecruitersSource } from './smartrecruiters.source';

const adapter = new SmartRecruitersSource();
const source: SourceDefinition = { name: 'aegean-care', kind: 'smartrecruiters', board: 'AegeanCare' };
const API = 'https://api.smartrecruiters.com/v1/companies/AegeanCare/postings';

function parse(request: PageRequest, file: string, definition: SourceDefinition = source) {
  return adapter.parse(answeredPage(request, readAdapterFixture('smartrecruiters', file)), request, definition);
}

const detailRequest = (id: string): PageRequest => ({ url: `${API}/${id}`, role: 'detail', accept: 'application/json', meta: { postingId: id } });

describe('SmartRecruitersSource', () => {
  it('validates the company identifier', () => {
    expect(() => adapter.validate(source)).not.toThrow();
    expect(() => adapter.validate({ ...source, board: '' })).toThrow(expect.objectContaining({ field: 'board' }));
    expect(() => adapter.validate({ ...source, board: 'Aegean Care' })).toThrow(expect.objectContaining({ field: 'board' }));
  });

  it('starts at offset 0 with the largest page', () => {
    expect(adapter.start(source)).toEqual([
      { url: `${API}?offset=0&limit=100`, role: 'list', accept: 'application/json', meta: { offset: 0 } },
    ]);
  });

  describe('list pages', () => {
    it('yields no postings, one detail per job and the next page while offset+limit < totalFound', () => {
      const [first] = adapter.start(source);
      const { postings, next } = parse(first, 'postings-page-0.json');
      expect(postings).toEqual([]);
      expect(next).toEqual([
        detailRequest('744000201000001'),
        detailRequest('744000201000003'),
        detailRequest('744000201000004'),
        detailRequest('744000201000007'),
        { url: `${API}?offset=100&limit=100`, role: 'list', accept: 'application/json', meta: { offset: 100 } },
      ]);
    });

    it('picks one language version per refNumber: the default ad, else English, else the first', () => {
      const [first] = adapter.start(source);
      const ids = parse(first, 'postings-page-0.json').next.map((request) => request.meta?.postingId);
      // REF2101: English default over Polish; REF2102: Greek only; REF2103: German default over
      // non-default English; REF2104: no default flag, so English over Norwegian.
      expect(ids).toEqual(['744000201000001', '744000201000003', '744000201000004', '744000201000007', undefined]);
    });

    it('stops after the last page and keeps a job without refNumber by its id', () => {
      const second: PageRequest = { url: `${API}?offset=100&limit=100`, role: 'list', meta: { offset: 100 } };
      expect(parse(second, 'postings-page-1.json').next).toEqual([detailRequest('744000201000101'), detailRequest('744000201000102')]);
    });

    it('pages from the request offset when the envelope omits offset and limit', () => {
      const request: PageRequest = { url: `${API}?offset=100&limit=100`, role: 'list', meta: { offset: 100 } };
      const body = JSON.stringify({ totalFound: 250, content: [{ id: '1', name: 'A', refNumber: 'R1' }] });
      const { next } = adapter.parse(answeredPage(request, body), request, source);
      expect(next.map((page) => page.url)).toEqual([`${API}/1`, `${API}?offset=200&limit=100`]);
    });

    it('requests details under the base URL override', () => {
      const definition = { ...source, baseUrl: 'http://127.0.0.1:4010/sr' };
      const [first] = adapter.start(definition);
      expect(first.url).toBe('http://127.0.0.1:4010/sr/v1/companies/AegeanCare/postings?offset=0&limit=100');
      expect(parse(first, 'postings-page-0.json', definition).next[0].url).toBe('http://127.0.0.1:4010/sr/v1/companies/AegeanCare/postings/744000201000001');
    });

    it('ends paging on an empty page whatever totalFound claims', () => {
      const request: PageRequest = { url: `${API}?offset=300&limit=100`, role: 'list', meta: { offset: 300 } };
      const body = JSON.stringify({ offset: 300, limit: 100, totalFound: 99999, content: [] });
      expect(adapter.parse(answeredPage(request, body), request, source)).toEqual({ postings: [], next: [] });
    });
  });

  describe('detail pages', () => {
    it('maps the English version field by field, sections in order under their titles', () => {
      const { postings, next } = parse(detailRequest('744000201000001'), 'posting-detail-en.json');
      expect(next).toEqual([]);
      expect(postings).toEqual([
        {
          externalId: 'REF2101',
          url: 'https://jobs.smartrecruiters.com/AegeanCare/744000201000001-customer-service-agent-with-polish',
          title: 'Customer Service Agent with Polish',
          description:
            '<h3>Company Description</h3>\n<p>Aegean Care runs multilingual help desks for travel and telecom brands.</p>\n' +
            '<h3>Job Description</h3>\n<p>Answer calls and chats from Polish-speaking customers.</p><ul><li>Inbound calls</li><li>E-mail &amp; chat</li></ul>\n' +
            '<h3>Qualifications</h3>\n<p>Fluent Polish and good English.</p>\n' +
            '<h3>Additional Information</h3>\n<p>Relocation package to Athens.</p>',
          employer: 'Aegean Care Services S.A.',
          location: 'Athens, Attica, Greece',
          city: 'Athens',
          region: 'Attica',
          country: 'GR',
          remote: 'onsite',
          employmentType: 'Full-time',
          datePosted: '2026-03-01T09:00:00.000Z',
          applyUrl: 'https://jobs.smartrecruiters.com/AegeanCare/744000201000001-customer-service-agent-with-polish?oga=true',
          language: 'en',
          department: 'Customer Care',
        },
      ]);
    });

    it('gives every language version of one job the same externalId (one posting)', () => {
      const [english] = parse(detailRequest('744000201000001'), 'posting-detail-en.json').postings;
      const [polish] = parse(detailRequest('744000201000002'), 'posting-detail-pl.json').postings;
      expect(polish.externalId).toBe(english.externalId);
      expect(polish.language).toBe('pl');
      expect(polish.title).toBe('Konsultant obsługi klienta z językiem polskim');
    });

    it('cleans the empty region out of fullLocation and skips empty sections', () => {
      const [greek] = parse(detailRequest('744000201000003'), 'posting-detail-el.json').postings;
      expect(greek.location).toBe('Thessaloniki, Greece');
      expect(greek.region).toBeUndefined();
      expect(greek.description).not.toContain('Πρόσθετες Πληροφορίες');
      expect(greek.language).toBe('el');
    });

    it('throws PermanentPageError for invalid JSON or an object that is no posting', () => {
      const request = detailRequest('1');
      expect(() => adapter.parse(answeredPage(request, '<html>'), request, source)).toThrow(PermanentPageError);
      expect(() => adapter.parse(answeredPage(request, '{"message":"Not found"}'), request, source)).toThrow(PermanentPageError);
    });
  });

  it('throws PermanentPageError for a list without content', () => {
    const [first] = adapter.start(source);
    expect(() => adapter.parse(answeredPage(first, '{"totalFound":3}'), first, source)).toThrow(PermanentPageError);
  });
});
