import { PermanentPageError } from '../errors';
import type { SourceDefinition } from '../source-adapter';
import { answeredPage, readAdapterFixture } from './ats/page-fixtures';
import { RecruiteeSource } from './recruitee.source';

const adapter = new RecruiteeSource();
const source: SourceDefinition = { name: 'pohjala-energia', kind: 'recruitee', board: 'pohjalaenergia' };

function parseBody(body: string, definition: SourceDefinition = source) {
  const [request] = adapter.start(definition);
  return adapter.parse(answeredPage(request, body), request, definition);
}

describe('RecruiteeSource', () => {
  it('validates the company subdomain', () => {
    expect(() => adapter.validate(source)).not.toThrow();
    expect(() => adapter.validate({ ...source, board: 'pohjala_energia' })).toThrow(expect.objectContaining({ field: 'board' }));
  });

  it('asks the careers-site API of the company, or the base URL in its place', () => {
    expect(adapter.start(source)).toEqual([{ url: 'https://pohjalaenergia.recruitee.com/api/offers/', role: 'api', accept: 'application/json' }]);
    expect(adapter.start({ ...source, baseUrl: 'http://localhost:4010/recruitee/pohjalaenergia' })[0].url).toBe(
      'http://localhost:4010/recruitee/pohjalaenergia/api/offers/',
    );
  });

  it('maps an Estonian offer field by field', () => {
    const { postings, next } = parseBody(readAdapterFixture('recruitee', 'offers.json'));
    expect(next).toEqual([]);
    expect(postings[0]).toEqual({
      externalId: '3100101',
      url: 'https://pohjalaenergia.recruitee.com/o/klienditeenindaja-tallinn',
      title: 'Klienditeenindaja (Tallinn)',
      description: '<p>Aitad kliente telefoni ja e-posti teel.</p>\n<ul><li>Eesti keel emakeelena</li><li>Vene keel suhtlustasemel</li></ul>',
      employer: 'Põhjala Energia AS',
      location: 'Tallinn, Harju maakond, Estonia',
      city: 'Tallinn',
      region: 'Harju maakond',
      country: 'EE',
      remote: 'hybrid',
      salary: { min: 1500, max: 1800, currency: 'EUR', period: 'month' },
      employmentType: 'fulltime_permanent',
      datePosted: '2026-02-10T07:45:00Z',
      validThrough: '2026-03-15T23:59:00Z',
      applyUrl: 'https://pohjalaenergia.recruitee.com/o/klienditeenindaja-tallinn/c/new',
      language: 'et',
      department: 'Klienditeenindus',
    });
  });

  it('joins several locations, reads on-site, drops an all-null salary and finds the language among translations', () => {
    const [, norwegian] = parseBody(readAdapterFixture('recruitee', 'offers.json')).postings;
    expect(norwegian).toMatchObject({ location: 'Bergen, Vestland, Norway; Oslo, Norway', remote: 'onsite', country: 'NO', language: 'nb' });
    expect(norwegian.salary).toBeUndefined();
  });

  it('keeps the "Remote job" label as location when no place is given, and skips an offer without title', () => {
    const { postings } = parseBody(readAdapterFixture('recruitee', 'offers.json'));
    expect(postings).toHaveLength(3);
    expect(postings[2]).toMatchObject({ location: 'Remote job', remote: 'remote', salary: { min: 42000, max: 50000, currency: 'EUR', period: 'year' } });
    expect(postings[2].country).toBeUndefined();
  });

  it('skips offers that are not published', () => {
    const body = JSON.stringify({ offers: [{ id: 1, title: 'Draft', status: 'draft' }, { id: 2, title: 'Open', status: 'published' }] });
    expect(parseBody(body).postings.map((posting) => posting.title)).toEqual(['Open']);
  });

  it('reads an empty offers list as zero postings and a wrong shape as PermanentPageError', () => {
    expect(parseBody('{"offers":[]}')).toEqual({ postings: [], next: [] });
    expect(() => parseBody('{"offers":{}}')).toThrow(PermanentPageError);
    expect(() => parseBody('<!doctype html><title>Recruitee</title>')).toThrow(PermanentPageError);
  });
});
