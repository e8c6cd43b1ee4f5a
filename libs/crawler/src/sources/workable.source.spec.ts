import { PermanentPageError } from '../errors';
import type { SourceDefinition } from '../source-adapter';
import { answeredPage, readAdapterFixture } from './ats/page-fixtures';
import { WorkableSource } from './workable.source';

const adapter = new WorkableSource();
const source: SourceDefinition = { name: 'helios', kind: 'workable', board: 'helios-contact' };

function parseBody(body: string, definition: SourceDefinition = source) {
  const [request] = adapter.start(definition);
  return adapter.parse(answeredPage(request, body), request, definition);
}

describe('WorkableSource', () => {
  it('validates the account slug', () => {
    expect(() => adapter.validate(source)).not.toThrow();
    expect(() => adapter.validate({ ...source, board: 'helios?x=1' })).toThrow(expect.objectContaining({ field: 'board' }));
  });

  it('asks the public widget API with details (descriptions)', () => {
    expect(adapter.start(source)).toEqual([
      { url: 'https://apply.workable.com/api/v1/widget/accounts/helios-contact?details=true', role: 'api', accept: 'application/json' },
    ]);
  });

  it('merges the per-place listings of one shortcode into one posting', () => {
    const { postings, next } = parseBody(readAdapterFixture('workable', 'widget-account.json'));
    expect(next).toEqual([]);
    expect(postings.map((posting) => posting.externalId)).toEqual(['5E1A2B3C4D', '9F8E7D6C5B', '1A2B3C4D5E']);
    expect(postings[0]).toEqual({
      externalId: '5E1A2B3C4D',
      url: 'https://apply.workable.com/j/5E1A2B3C4D',
      title: 'Specjalista ds. Obsługi Klienta (j. angielski)',
      description: '<p>Obsługujesz klientów z Wielkiej Brytanii i Irlandii.</p><p><strong>Wymagania:</strong> angielski C1.</p>',
      employer: 'Helios Contact Centers',
      location: 'Warszawa, Mazowieckie, Poland; Gdańsk, Pomorskie, Poland',
      city: 'Warszawa',
      region: 'Mazowieckie',
      country: 'PL',
      employmentType: 'Full-time',
      datePosted: '2026-02-21',
      applyUrl: 'https://apply.workable.com/j/5E1A2B3C4D/apply',
      department: 'Obsługa Klienta',
    });
  });

  it('reads Greek places, telecommuting, and skips hidden locations', () => {
    const [, greek, nordics] = parseBody(readAdapterFixture('workable', 'widget-account.json')).postings;
    expect(greek).toMatchObject({ location: 'Αθήνα, Αττική, Greece', country: 'GR', employmentType: 'Part-time' });
    expect(greek.remote).toBeUndefined();
    expect(nordics).toMatchObject({ location: 'Sweden', country: 'SE', remote: 'remote' });
  });

  it('falls back to the source hint, then the account, when the widget has no name', () => {
    const body = JSON.stringify({ jobs: [{ title: 'Agent', shortcode: 'ABC', country: 'Estonia', city: 'Tartu', state: '' }] });
    expect(parseBody(body, { ...source, employer: 'Helios' }).postings[0]).toMatchObject({ employer: 'Helios', location: 'Tartu, Estonia', country: 'Estonia' });
    expect(parseBody(body).postings[0].employer).toBe('Helios Contact');
  });

  it('reads no jobs as zero postings and a wrong shape as PermanentPageError', () => {
    expect(parseBody('{"name":"Helios","jobs":[]}')).toEqual({ postings: [], next: [] });
    expect(() => parseBody('{"name":"Helios"}')).toThrow(PermanentPageError);
    expect(() => parseBody('not json')).toThrow(PermanentPageError);
  });
});
