import { PermanentPageError, SourceConfigError } from '../errors';
import type { SourceDefinition } from '../source-adapter';
import { answeredPage, readAdapterFixture } from './ats/page-fixtures';
import { GreenhouseSource } from './greenhouse.source';

const adapter = new GreenhouseSource();
const source: SourceDefinition = { name: 'baltic-contact', kind: 'greenhouse', board: 'balticcontact', employer: 'Baltic Contact' };

function parseFixture(file: string, definition: SourceDefinition = source) {
  const [request] = adapter.start(definition);
  return adapter.parse(answeredPage(request, readAdapterFixture('greenhouse', file)), request, definition);
}

describe('GreenhouseSource', () => {
  describe('validate', () => {
    it('accepts a board token and an optional base URL', () => {
      expect(() => adapter.validate(source)).not.toThrow();
      expect(() => adapter.validate({ ...source, baseUrl: 'http://127.0.0.1:4010/greenhouse' })).not.toThrow();
    });

    it.each([
      [{ board: undefined }, 'board'],
      [{ board: '  ' }, 'board'],
      [{ board: '../admin' }, 'board'],
      [{ board: 'acme/jobs' }, 'board'],
      [{ baseUrl: 'ftp://mirror.example' }, 'baseUrl'],
      [{ baseUrl: 'not a url' }, 'baseUrl'],
      [{ baseUrl: 'http://127.0.0.1:4010/?board=x' }, 'baseUrl'],
    ])('rejects %p naming the field %s', (override, field) => {
      const attempt = () => adapter.validate({ ...source, ...override });
      expect(attempt).toThrow(SourceConfigError);
      expect(attempt).toThrow(expect.objectContaining({ field, source: 'baltic-contact' }));
    });
  });

  describe('start', () => {
    it('asks the public Job Board API for every job with its content', () => {
      expect(adapter.start(source)).toEqual([
        { url: 'https://boards-api.greenhouse.io/v1/boards/balticcontact/jobs?content=true', role: 'api', accept: 'application/json' },
      ]);
    });

    it('keeps the vendor path under a base URL override with a path prefix', () => {
      const [request] = adapter.start({ ...source, baseUrl: 'http://127.0.0.1:4010/mock/' });
      expect(request.url).toBe('http://127.0.0.1:4010/mock/v1/boards/balticcontact/jobs?content=true');
    });
  });

  describe('parse', () => {
    it('reads every job of the board and skips a job without a title', () => {
      const { postings, next } = parseFixture('board-jobs-content.json');
      expect(next).toEqual([]);
      expect(postings.map((posting) => posting.externalId)).toEqual(['7012345001', '7012345002', '7012345003']);
    });

    it('maps an Estonian job field by field', () => {
      const [estonian] = parseFixture('board-jobs-content.json').postings;
      expect({ ...estonian, description: undefined }).toEqual({
        externalId: '7012345001',
        url: 'https://job-boards.greenhouse.io/balticcontact/jobs/7012345001',
        title: 'Klienditeenindaja (eesti ja vene keel)',
        description: undefined,
        employer: 'Baltic Contact OÜ',
        location: 'Tallinn, Estonia',
        employmentType: 'Full-time',
        datePosted: '2026-02-27T08:00:00-05:00',
        validThrough: '2026-03-31',
        applyUrl: 'https://job-boards.greenhouse.io/balticcontact/jobs/7012345001',
        language: 'et',
        department: 'Customer Care',
      });
    });

    it('decodes the entity-escaped content exactly once', () => {
      const [estonian, norwegian] = parseFixture('board-jobs-content.json').postings;
      expect(estonian.description).toContain('<div class="content-intro"><p>Otsime klienditeenindajat');
      expect(estonian.description).toContain('<h3>Mida pakume</h3>');
      // The escaped text's own entities stay entities for the sanitiser.
      expect(estonian.description).toContain('keelt.&nbsp;</p>');
      expect(estonian.description).toContain('1700 &euro; kuus');
      expect(estonian.description).toContain('Koolitus &amp; mentor');
      expect(norwegian.description).toContain('<p>&lt;script&gt; står her som tekst');
      expect(norwegian.description).not.toContain('<script>');
    });

    it('joins departments and falls back to the office and the employer hint', () => {
      const [, norwegian, remote] = parseFixture('board-jobs-content.json').postings;
      expect(norwegian.department).toBe('Kundeservice, Forbruker');
      expect(norwegian.employer).toBe('Nordlys Telekom AS');
      expect(norwegian.language).toBe('nb');
      expect(remote.location).toBe('Remote - EMEA');
      expect(remote.employer).toBe('Baltic Contact');
      expect(remote.datePosted).toBe('2026-02-25T16:45:10-05:00');
      expect(remote.employmentType).toBeUndefined();
    });

    it('names the employer after the board when neither payload nor source does', () => {
      const postings = parseFixture('board-jobs-content.json', { ...source, employer: undefined }).postings;
      expect(postings[2].employer).toBe('Balticcontact');
    });

    it('reads the single-job answer with its pay range in cents', () => {
      const [posting] = parseFixture('job-detail.json').postings;
      expect(posting).toMatchObject({
        externalId: '7012345010',
        title: 'Customer Support Team Lead',
        location: 'Riga, Latvia',
        employmentType: 'Part time',
        salary: { min: 30000, max: 36000, currency: 'EUR' },
      });
    });

    it('treats an empty board as zero postings', () => {
      const [request] = adapter.start(source);
      expect(adapter.parse(answeredPage(request, '{"jobs":[],"meta":{"total":0}}'), request, source)).toEqual({ postings: [], next: [] });
    });

    it.each([
      ['invalid JSON', '<html><body>Service unavailable</body></html>'],
      ['an object without jobs', '{"status":404,"error":"Job not found"}'],
      ['an array', '[1,2,3]'],
      ['jobs of the wrong type', '{"jobs":"none"}'],
    ])('throws PermanentPageError for %s', (_label, body) => {
      const [request] = adapter.start(source);
      expect(() => adapter.parse(answeredPage(request, body), request, source)).toThrow(PermanentPageError);
    });

    it('skips jobs that are not objects or have the wrong field types', () => {
      const [request] = adapter.start(source);
      const body = JSON.stringify({ jobs: [null, 7, 'x', { id: {}, title: 'No id' }, { id: 1, title: 'Typed wrong', location: 'Tallinn', departments: 'x', metadata: {} }] });
      const { postings } = adapter.parse(answeredPage(request, body), request, source);
      expect(postings).toEqual([
        { externalId: '1', url: request.url, title: 'Typed wrong', description: '', employer: 'Baltic Contact' },
      ]);
    });
  });
});
