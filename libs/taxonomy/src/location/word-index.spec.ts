import { TriggerMatcher, wordAt, wordIndex } from './word-index';

describe('wordIndex', () => {
  it('lower-cases and finds words in Latin, Greek and with diacritics', () => {
    const index = wordIndex('Praca ZDALNA – Łódź, Αθήνα 24/7!', 1000);
    const words = Array.from({ length: index.count }, (_, i) => index.lower.slice(index.starts[i], index.ends[i]));
    expect(words).toEqual(['praca', 'zdalna', 'łódź', 'αθήνα', '24', '7']);
    expect(wordAt(index, index.starts[2])).toBe(2);
  });

  it('reads no further than the bound', () => {
    expect(wordIndex('one two three', 7).count).toBe(2);
  });

  it('handles a megabyte without words or with nothing but words', () => {
    expect(wordIndex('!? '.repeat(350_000), 1_100_000).count).toBe(0);
    expect(wordIndex('ab '.repeat(350_000), 1_100_000).count).toBe(350_000);
  });
});

describe('TriggerMatcher', () => {
  const matcher = new TriggerMatcher<string>([
    { term: 'work from home', value: 'wfh' },
    { term: 'work', value: 'work' },
    { term: 'hybryd', value: 'hybrid', stem: true },
    { term: 'på distans', value: 'remote' },
    { term: 'kk', value: 'month' },
  ]);
  const found = (text: string) => matcher.find(wordIndex(text, 10_000)).map((h) => [h.value, text.toLowerCase().slice(h.start, h.end)]);

  it('finds whole words and phrases, the longest first, and stems with their ending', () => {
    expect(found('We Work from home; work hard')).toEqual([
      ['wfh', 'work from home'],
      ['work', 'work'],
    ]);
    expect(found('praca hybrydowa')).toEqual([['hybrid', 'hybrydowa']]);
    expect(found('Arbete på distans, 2 800 €/kk')).toEqual([
      ['remote', 'på distans'],
      ['month', 'kk'],
    ]);
  });

  it('does not match inside longer words', () => {
    expect(found('workshop homework kkk')).toEqual([]);
  });
});
