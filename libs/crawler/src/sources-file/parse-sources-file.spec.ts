import { parseSourcesFile } from './parse-sources-file';
import { parseInterval } from './parse-interval';

describe('parseInterval', () => {
  it.each([
    ['15m', 900],
    ['2h', 7200],
    ['1d', 86400],
    ['90s', 90],
  ])('%s → %i seconds', (text, seconds) => expect(parseInterval(text)).toBe(seconds));

  it.each(['', '2 hours', '1w', '-5m', 'h', '999999d', '367d'])('refuses %j', (text) => expect(parseInterval(text)).toBeNull());
});

describe('parseSourcesFile', () => {
  it('loads valid entries with defaults', () => {
    const { sources, problems } = parseSourcesFile(`
sources:
  - name: hilton-careers
    kind: jsonld
    url: https://jobs.example.test/
    employer: Hilton
    interval: 6h
  - name: acme-greenhouse
    kind: greenhouse
    board: acme
    baseUrl: http://localhost:8080/mock
    interval: 15m
    enabled: false
`);
    expect(problems).toEqual([]);
    expect(sources).toEqual([
      expect.objectContaining({ name: 'hilton-careers', kind: 'jsonld', intervalSeconds: 21600, enabled: true, employer: 'Hilton' }),
      expect.objectContaining({ name: 'acme-greenhouse', kind: 'greenhouse', board: 'acme', intervalSeconds: 900, enabled: false }),
    ]);
  });

  it('reports a bad entry by name and field, and still loads the others', () => {
    const { sources, problems } = parseSourcesFile(`
sources:
  - name: good-one
    kind: jsonld
    url: https://a.example.test/
  - name: Bad_Name
    kind: jsonld
    url: https://b.example.test/
  - name: no-kind
    url: https://c.example.test/
  - name: slow
    kind: rss
    url: https://d.example.test/feed
    interval: 5 minutes
  - name: ftp-url
    kind: rss
    url: ftp://e.example.test/feed
  - name: good-one
    kind: jsonld
    url: https://f.example.test/
  - name: typo-field
    kind: jsonld
    url: https://g.example.test/
    intervall: 2h
`);
    expect(sources.map((s) => s.name)).toEqual(['good-one']);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'Bad_Name', field: 'name' }),
        expect.objectContaining({ source: 'no-kind', field: 'kind' }),
        expect.objectContaining({ source: 'slow', field: 'interval' }),
        expect.objectContaining({ source: 'ftp-url', field: 'url' }),
        expect.objectContaining({ source: 'good-one', field: 'name' }),
        expect.objectContaining({ source: 'typo-field' }),
      ]),
    );
  });

  it('asks each kind for its own fields', () => {
    const { problems } = parseSourcesFile(`
sources:
  - name: no-board
    kind: lever
  - name: html-without-selectors
    kind: html
    url: https://h.example.test/jobs
`);
    expect(problems.map((p) => p.source).sort()).toEqual(['html-without-selectors', 'no-board']);
  });

  it('reports a file that is not YAML or has no list, without throwing', () => {
    expect(parseSourcesFile('sources: [unclosed').problems[0]).toMatchObject({ source: '(file)' });
    expect(parseSourcesFile('just: text').problems[0]).toMatchObject({ field: 'sources' });
    expect(parseSourcesFile('').problems[0]).toMatchObject({ field: 'sources' });
  });
});
