import { PermanentPageError } from '../errors';
import type { SourceDefinition } from '../source-adapter';
import { answeredPage, readAdapterFixture } from './ats/page-fixtures';
import { PersonioSource } from './personio.source';

const adapter = new PersonioSource();
const source: SourceDefinition = { name: 'nordlicht', kind: 'personio', board: 'nordlicht-service' };

function parseBody(body: string, definition: SourceDefinition = source) {
  const [request] = adapter.start(definition);
  return adapter.parse(answeredPage(request, body, 'text/xml; charset=utf-8'), request, definition);
}

describe('PersonioSource', () => {
  it('validates the company subdomain', () => {
    expect(() => adapter.validate(source)).not.toThrow();
    expect(() => adapter.validate({ ...source, board: 'nordlicht.evil.example' })).toThrow(expect.objectContaining({ field: 'board' }));
    expect(() => adapter.validate({ ...source, board: '-nordlicht' })).toThrow(expect.objectContaining({ field: 'board' }));
    expect(() => adapter.validate({ ...source, board: undefined })).toThrow(expect.objectContaining({ field: 'board' }));
  });

  it('asks the XML feed for English, since Personio answers German unless asked', () => {
    expect(adapter.start(source)).toEqual([
      { url: 'https://nordlicht-service.jobs.personio.de/xml?language=en', role: 'feed', accept: 'application/xml, text/xml;q=0.9' },
    ]);
  });

  it('lets a base URL replace the company host', () => {
    const definition = { ...source, baseUrl: 'http://127.0.0.1:4010/personio/nordlicht' };
    expect(adapter.start(definition)[0].url).toBe('http://127.0.0.1:4010/personio/nordlicht/xml?language=en');
    const [posting] = parseBody(readAdapterFixture('personio', 'positions-en.xml'), definition).postings;
    expect(posting.url).toBe('http://127.0.0.1:4010/personio/nordlicht/job/1843001?display=en');
  });

  it('maps a position field by field, sections under their names', () => {
    const { postings, next } = parseBody(readAdapterFixture('personio', 'positions-en.xml'));
    expect(next).toEqual([]);
    expect(postings[0]).toEqual({
      externalId: '1843001',
      url: 'https://nordlicht-service.jobs.personio.de/job/1843001?display=en',
      title: 'Customer Service Representative (m/f/d) – English & German',
      description:
        '<h3>Your tasks</h3>\n<ul><li>Answer customer questions by phone, e-mail and chat</li><li>Log cases in our CRM &amp; follow them up</li></ul>\n' +
        '<h3>Your profile</h3>\nFluent English and German.<br>First experience in customer service is a plus.',
      employer: 'Nordlicht Service GmbH',
      location: 'Berlin; Leipzig',
      salary: { min: 2900, max: 3300, currency: 'EUR', period: 'month' },
      employmentType: 'full-time, permanent',
      datePosted: '2026-02-16T08:12:44+00:00',
      applyUrl: 'https://nordlicht-service.jobs.personio.de/job/1843001?display=en#apply',
      department: 'Customer Service',
    });
  });

  it('keeps a position with no English version, without an empty salary, and skips one without id', () => {
    const { postings } = parseBody(readAdapterFixture('personio', 'positions-en.xml'));
    expect(postings).toHaveLength(2);
    expect(postings[1]).toMatchObject({
      externalId: '1843007',
      title: 'Specjalista ds. obsługi klienta z językiem niderlandzkim',
      employer: 'Nordlicht Service',
      location: 'Warszawa',
      employmentType: 'part-time, permanent',
    });
    expect(postings[1].salary).toBeUndefined();
  });

  it('reads the German default feed with its odd indentation', () => {
    const [posting] = parseBody(readAdapterFixture('personio', 'positions-de.xml')).postings;
    expect(posting).toMatchObject({ externalId: '1843001', title: 'Kundenberater (m/w/d) – Englisch & Deutsch', department: 'Kundenservice' });
    expect(posting.description).toBe(
      '<h3>Deine Aufgaben</h3>\n<ul><li>Du beantwortest Kundenanfragen per Telefon, E-Mail und Chat</li></ul>\n<h3>Dein Profil</h3>\nSehr gute Deutsch- und Englischkenntnisse.',
    );
  });

  it('reads an empty feed as zero postings, not as an outage', () => {
    expect(parseBody(readAdapterFixture('personio', 'empty-feed.xml'))).toEqual({ postings: [], next: [] });
    expect(parseBody('<workzag-jobs/>')).toEqual({ postings: [], next: [] });
  });

  it.each([
    ['an HTML error page', '<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>'],
    ['JSON', '{"error":"not found"}'],
    ['an empty body', ''],
    ['a prototype-polluting element', '<workzag-jobs><__proto__><id>1</id></__proto__></workzag-jobs>'],
  ])('throws PermanentPageError for %s', (_label, body) => {
    expect(() => parseBody(body)).toThrow(PermanentPageError);
  });
});
