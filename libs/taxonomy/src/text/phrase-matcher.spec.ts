import { compilePhraseMatcher } from './phrase-matcher';

describe('compilePhraseMatcher', () => {
  const matcher = compilePhraseMatcher<string>([
    ['customer service', 'whole'],
    ['call cent*', 'prefix'],
    ['*juht', 'suffix'],
    ['*kundeservice*', 'infix'],
    ['εξυπηρέτηση πελατών', 'greek'],
  ]);
  const values = (text: string) => matcher.scan(text).map((m) => m.value);

  it('matches whole words only when the pattern has no star', () => {
    expect(values('Customer Service Agent')).toEqual(['whole']);
    expect(values('Customer Services Agent')).toEqual([]);
    expect(values('ourcustomer service')).toEqual([]);
  });

  it('lets the last word continue with a trailing star', () => {
    expect(values('Call Centre Agent')).toEqual(['prefix']);
    expect(values('CALL-CENTERS')).toEqual(['prefix']);
    expect(values('recall center')).toEqual([]);
  });

  it('lets the first word have a prefix with a leading star (compound heads)', () => {
    expect(values('Kogukonnajuht')).toEqual(['suffix']);
    expect(values('juhtimine')).toEqual([]);
  });

  it('matches inside words with stars on both sides', () => {
    expect(values('Kundeservicemedarbeider')).toEqual(['infix']);
    expect(values('Nettkundeservice')).toEqual(['infix']);
  });

  it('folds case and diacritics of patterns and text alike', () => {
    expect(values('ΕΞΥΠΗΡΕΤΗΣΗ ΠΕΛΑΤΩΝ')).toEqual(['greek']);
    expect(values('εξυπηρετηση πελατων')).toEqual(['greek']);
  });

  it('reports positions in the raw text, without boundary spaces', () => {
    const text = '  — Senior   CUSTOMER   service lead';
    const [m] = matcher.scan(text);
    expect(text.slice(m.start, m.end)).toBe('CUSTOMER   service');
    expect(m.pattern).toBe('customer service');
  });

  it('keeps every value of a pattern listed twice', () => {
    const twice = compilePhraseMatcher<number>([['help desk', 1], ['help desk', 2]]);
    expect(twice.scan('help desk').map((m) => m.value)).toEqual([1, 2]);
    expect(twice.patternCount).toBe(1);
  });

  it('stops at maxChars and ignores non-strings', () => {
    expect(matcher.scan('customer service', 8)).toEqual([]);
    expect(matcher.scan(undefined as unknown as string)).toEqual([]);
  });

  it('rejects a pattern without letters or digits', () => {
    expect(() => compilePhraseMatcher([['--', 'x']])).toThrow(/no letters/);
  });

  it('reads a 1 MB adversarial string in linear time', () => {
    const adversarial = [
      'customer '.repeat(120_000),
      'a'.repeat(1_000_000),
      'kundeservic'.repeat(90_000),
      '- '.repeat(500_000),
      '😀'.repeat(500_000),
    ];
    for (const text of adversarial) {
      const started = Date.now();
      matcher.scan(text);
      expect(Date.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('compilePhraseMatcher against a brute-force reference', () => {
  // Random patterns over a tiny alphabet make long shared prefixes and suffixes, so the deep
  // (child list + failure link) part of the automaton is exercised, not only the dense rows.
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const word = (length: number) => Array.from({ length }, () => 'ab'[random(2)]).join('');

  function reference(text: string, patterns: string[]): string[] {
    const padded = ` ${text} `;
    const found: string[] = [];
    for (const raw of patterns) {
      const left = !raw.startsWith('*');
      const right = !(raw.endsWith('*') && raw.length > 1);
      const core = raw.replace(/^\*|\*$/g, '');
      const key = (left ? ' ' : '') + core + (right ? ' ' : '');
      for (let at = padded.indexOf(key); at !== -1; at = padded.indexOf(key, at + 1)) {
        const start = at + (left ? 1 : 0) - 1;
        found.push(`${raw}@${start}-${start + core.length}`);
      }
    }
    return found.sort();
  }

  it('finds exactly the occurrences a naive search finds', () => {
    for (let round = 0; round < 40; round++) {
      const patterns = [...new Set(Array.from({ length: 30 }, () => {
        const core = Array.from({ length: 1 + random(3) }, () => word(1 + random(9))).join(' ');
        return ['', '*'][random(2)] + core + ['', '*'][random(2)];
      }))];
      const matcher = compilePhraseMatcher(patterns.map((p) => [p, p] as const));
      const text = Array.from({ length: 60 }, () => word(1 + random(8))).join(' ');
      const got = matcher.scan(text).map((m) => `${m.value}@${m.start}-${m.end}`).sort();
      expect(got).toEqual(reference(text, patterns));
    }
  });

  it('stops when the visitor says so', () => {
    const matcher = compilePhraseMatcher([['a', 1]]);
    let calls = 0;
    matcher.visit('a a a a a', undefined, () => ++calls === 2);
    expect(calls).toBe(2);
  });
});
