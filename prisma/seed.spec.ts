import { parseEmployerEntries } from './seed';

describe('parseEmployerEntries', () => {
  const entry = { canonical: 'Hilton', aliases: ['Hilton Worldwide', 'Hilton Hotels'], lookalikes: ['Paris Hilton'] };

  it('accepts the employers file shape, misspellings optional', () => {
    expect(parseEmployerEntries([entry, { ...entry, canonical: 'Delta Air Lines', misspellings: ['Delta Airlnes'] }])).toEqual([
      entry,
      { ...entry, canonical: 'Delta Air Lines', misspellings: ['Delta Airlnes'] },
    ]);
  });

  it('names the entry and field of a malformed file', () => {
    expect(() => parseEmployerEntries([entry, { canonical: 'X', aliases: 'X Corp', lookalikes: [] }])).toThrow(
      /employers file: at 1\.aliases:/,
    );
    expect(() => parseEmployerEntries({})).toThrow(/employers file: at \(root\)/);
    expect(() => parseEmployerEntries([{ ...entry, canonical: '   ' }])).toThrow(/at 0\.canonical/);
  });

  it('refuses a string listed both as alias and look-alike', () => {
    expect(() => parseEmployerEntries([{ ...entry, lookalikes: ['Hilton Hotels'] }])).toThrow(
      /"Hilton Hotels" is both an alias and a look-alike of Hilton/,
    );
  });

  it('refuses two entries that fold to the same employer key', () => {
    expect(() => parseEmployerEntries([entry, { ...entry, canonical: 'HILTON' }])).toThrow(/same key/);
  });
});
