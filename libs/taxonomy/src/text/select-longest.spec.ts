import { compilePhraseMatcher } from './phrase-matcher';
import { selectLongest } from './select-longest';

describe('selectLongest', () => {
  const matcher = compilePhraseMatcher<string>([
    ['manager', 'manager'],
    ['team manager', 'team'],
    ['support', 'support'],
    ['support vector', 'neutral'],
    ['sales support', 'sales-support'],
    ['support specialist', 'weak'],
    ['engineer', 'engineer'],
    ['support engineer', 'support-engineer'],
  ]);
  const read = (text: string, rank?: (v: string) => number) => selectLongest(matcher.scan(text), rank).map((m) => m.value);

  it('prefers a phrase over the words inside it', () => {
    expect(read('Team Manager')).toEqual(['team']);
    expect(read('Support Vector ML Engineer')).toEqual(['neutral', 'engineer']);
    expect(read('Senior Support Engineer')).toEqual(['support-engineer']);
  });

  it('resolves crossing phrases by rank, then length', () => {
    expect(read('Sales Support Specialist')).toEqual(['weak']);
    expect(read('Sales Support Specialist', (v) => (v === 'sales-support' ? 2 : 1))).toEqual(['sales-support']);
  });

  it('returns matches in text order and handles nothing', () => {
    expect(read('support manager')).toEqual(['support', 'manager']);
    expect(selectLongest([])).toEqual([]);
  });
});
