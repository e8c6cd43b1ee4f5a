import { defaultEmployerEntries } from './default-employer-entries';

describe('the bundled employer alias file', () => {
  const entries = defaultEmployerEntries();

  it('lists the nine headline employers, each with aliases and look-alikes', () => {
    expect(entries.map((e) => e.canonical).sort()).toEqual(
      [
        'Amazon', 'American Express', 'Apple', 'Delta Air Lines', 'Hilton', 'JPMorgan Chase', 'Southwest Airlines',
        'The Home Depot', 'UnitedHealth Group',
      ].sort(),
    );
    for (const e of entries) {
      expect(e.aliases.length).toBeGreaterThan(2);
      expect(e.lookalikes.length).toBeGreaterThan(0);
    }
  });

  it('lists every mistaken spelling among the aliases too, for loaders that know only aliases', () => {
    for (const e of entries) {
      for (const m of e.misspellings ?? []) {
        if (!e.aliases.includes(m)) throw new Error(`${e.canonical}: misspelling "${m}" is not an alias`);
      }
    }
  });

  it('returns fresh copies that callers may change', () => {
    entries[0].aliases.push('Changed');
    expect(defaultEmployerEntries()[0].aliases).not.toContain('Changed');
  });
});
