import { PermanentPageError, SourceConfigError } from '../errors';
import type { SourceDefinition } from '../source-adapter';
import { answeredPage, readAdapterFixture } from './ats/page-fixtures';
import { LeverSource } from './lever.source';

const adapter = new LeverSource();
const source: SourceDefinition = { name: 'wisla-services', kind: 'lever', board: 'wislaservices', employer: 'Wisła Services' };

function parseBody(body: string, definition: SourceDefinition = source) {
  const [request] = adapter.start(definition);
  return adapter.parse(answeredPage(request, body), request, definition);
}

describe('LeverSource', () => {
  it('validates the site name and the base URL', () => {
    expect(() => adapter.validate(source)).not.toThrow();
    expect(() => adapter.validate({ ...source, board: undefined })).toThrow(expect.objectContaining({ field: 'board' }));
    expect(() => adapter.validate({ ...source, board: 'wisla services' })).toThrow(SourceConfigError);
    expect(() => adapter.validate({ ...source, baseUrl: 'javascript:alert(1)' })).toThrow(expect.objectContaining({ field: 'baseUrl' }));
  });

  it('asks for the JSON list of postings, on the EU instance through baseUrl', () => {
    expect(adapter.start(source)).toEqual([
      { url: 'https://api.lever.co/v0/postings/wislaservices?mode=json', role: 'api', accept: 'application/json' },
    ]);
    expect(adapter.start({ ...source, baseUrl: 'https://api.eu.lever.co' })[0].url).toBe('https://api.eu.lever.co/v0/postings/wislaservices?mode=json');
  });

  it('reads the bare array, skipping entries without a title or not objects', () => {
    const { postings, next } = parseBody(readAdapterFixture('lever', 'postings.json'));
    expect(next).toEqual([]);
    expect(postings.map((posting) => posting.title)).toEqual([
      'Konsultant/ka ds. obsługi klienta z językiem niemieckim',
      'Υπάλληλος Εξυπηρέτησης Πελατών',
      'Support Engineer, Tier 2',
    ]);
  });

  it('maps a Polish posting with lists, salary range and on-site workplace', () => {
    const [polish] = parseBody(readAdapterFixture('lever', 'postings.json')).postings;
    expect(polish).toEqual({
      externalId: '3f1c2a9e-5b7d-4c1e-9a2b-1d0e8f7a6b01',
      url: 'https://jobs.lever.co/wislaservices/3f1c2a9e-5b7d-4c1e-9a2b-1d0e8f7a6b01',
      title: 'Konsultant/ka ds. obsługi klienta z językiem niemieckim',
      description:
        '<div>Szukamy konsultanta z językiem niemieckim.</div><div>Obsługa klientów przez telefon i e-mail.</div>\n' +
        '<h3>Wymagania</h3>\n<ul><li>Język niemiecki na poziomie B2</li><li>Komunikatywność</li></ul>\n' +
        '<h3>Oferujemy</h3>\n<ul><li>Umowa o pracę</li><li>Prywatna opieka medyczna</li></ul>\n' +
        '<div>Aplikuj do 30 kwietnia.</div>',
      employer: 'Wisła Services',
      location: 'Kraków',
      country: 'PL',
      remote: 'onsite',
      salary: { min: 7000, max: 9000, currency: 'PLN', period: 'month' },
      salaryText: 'Plus premia kwartalna.',
      employmentType: 'Pełny etat',
      datePosted: '2026-03-02T10:00:00.000Z',
      applyUrl: 'https://jobs.lever.co/wislaservices/3f1c2a9e-5b7d-4c1e-9a2b-1d0e8f7a6b01/apply',
      department: 'Obsługa Klienta',
    });
  });

  it('joins all locations, reads hybrid and remote, and keeps plain-text descriptions plain', () => {
    const [, greek, remote] = parseBody(readAdapterFixture('lever', 'postings.json')).postings;
    expect(greek).toMatchObject({ location: 'Athens; Thessaloniki', remote: 'hybrid', country: 'GR', department: 'Customer Experience' });
    expect(remote).toMatchObject({
      location: 'Remote - Europe',
      remote: 'remote',
      department: 'Support',
      description: 'You will own escalations from our first-line team.\n\nWe hire across the EU.',
    });
    expect(remote.country).toBeUndefined();
  });

  it('names the employer after the site when the source gives no hint', () => {
    const [first] = parseBody(readAdapterFixture('lever', 'postings.json'), { ...source, employer: undefined }).postings;
    expect(first.employer).toBe('Wislaservices');
  });

  it('reads a 200 answer of {ok:false} as "not a board", not as zero postings', () => {
    expect(() => parseBody(readAdapterFixture('lever', 'site-not-found.json'))).toThrow(PermanentPageError);
    expect(() => parseBody(readAdapterFixture('lever', 'site-not-found.json'))).toThrow(/not a Lever board.*Document not found/);
  });

  it.each([
    ['invalid JSON', '{"ok":'],
    ['another object', '{"postings":[]}'],
    ['a string', '"hello"'],
  ])('throws PermanentPageError for %s', (_label, body) => {
    expect(() => parseBody(body)).toThrow(PermanentPageError);
  });

  it('treats an empty array as a board with no openings', () => {
    expect(parseBody('[]')).toEqual({ postings: [], next: [] });
  });
});
