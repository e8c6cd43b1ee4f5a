import { PermanentPageError } from '../errors';
import type { SourceDefinition } from '../source-adapter';
import { AshbySource } from './ashby.source';
import { answeredPage, readAdapterFixture } from './ats/page-fixtures';

const adapter = new AshbySource();
const source: SourceDefinition = { name: 'fjord-support', kind: 'ashby', board: 'fjordsupport', employer: 'Fjord Support AS' };

function parseBody(body: string, definition: SourceDefinition = source) {
  const [request] = adapter.start(definition);
  return adapter.parse(answeredPage(request, body), request, definition);
}

describe('AshbySource', () => {
  it('validates the job board name', () => {
    expect(() => adapter.validate(source)).not.toThrow();
    expect(() => adapter.validate({ ...source, board: 'fjord support' })).toThrow(expect.objectContaining({ field: 'board' }));
  });

  it('asks the posting API with compensation', () => {
    expect(adapter.start(source)).toEqual([
      { url: 'https://api.ashbyhq.com/posting-api/job-board/fjordsupport?includeCompensation=true', role: 'api', accept: 'application/json' },
    ]);
  });

  it('maps a Norwegian hybrid job with its salary component field by field', () => {
    const { postings, next } = parseBody(readAdapterFixture('ashby', 'job-board.json'));
    expect(next).toEqual([]);
    expect(postings[0]).toEqual({
      externalId: '5f0c1d2e-3a4b-4c5d-9e6f-7a8b9c0d1e01',
      url: 'https://jobs.ashbyhq.com/fjordsupport/5f0c1d2e-3a4b-4c5d-9e6f-7a8b9c0d1e01',
      title: 'Kundeservicemedarbeider (norsk)',
      description: '<p>Du hjelper kundene våre på <strong>telefon og chat</strong>.</p>',
      employer: 'Fjord Support AS',
      location: 'Oslo, Norway',
      city: 'Oslo',
      region: 'Oslo',
      country: 'Norway',
      remote: 'hybrid',
      salary: { min: 38000, max: 44000, currency: 'NOK', period: 'month' },
      salaryText: 'NOK 38K - NOK 44K',
      employmentType: 'FullTime',
      datePosted: '2026-02-12T08:30:00.000+00:00',
      applyUrl: 'https://jobs.ashbyhq.com/fjordsupport/5f0c1d2e-3a4b-4c5d-9e6f-7a8b9c0d1e01/application',
      department: 'Kundeservice',
    });
  });

  it('joins secondary locations, falls back to the plain description and skips unlisted jobs', () => {
    const { postings } = parseBody(readAdapterFixture('ashby', 'job-board.json'));
    expect(postings).toHaveLength(2);
    expect(postings[1]).toMatchObject({
      location: 'Remote: Norway; Remote: Sweden; Remote: Denmark',
      remote: 'remote',
      description: 'First-line support for our Nordic customers.',
      country: 'Norway',
    });
    expect(postings[1].salary).toBeUndefined();
    expect(postings[1].city).toBeUndefined();
  });

  it('reads no jobs as zero postings and a wrong shape as PermanentPageError', () => {
    expect(parseBody('{"jobs":[],"apiVersion":"1"}')).toEqual({ postings: [], next: [] });
    expect(() => parseBody('{"success":false,"errors":["not found"]}')).toThrow(PermanentPageError);
    expect(() => parseBody('')).toThrow(PermanentPageError);
  });
});
