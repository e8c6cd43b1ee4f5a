import { countryOfName, isFoldedPlaceName, lookupPlace } from './gazetteer';

describe('gazetteer', () => {
  it('knows cities under local names, exonyms, inflections and without diacritics', () => {
    for (const [name, display, country] of [
      ['Warszawa', 'Warsaw', 'PL'],
      ['w Krakowie'.split(' ')[1], 'Kraków', 'PL'],
      ['Krakow', 'Kraków', 'PL'],
      ['Θεσσαλονίκη', 'Thessaloniki', 'GR'],
      ['ΠΕΙΡΑΙΑΣ', 'Piraeus', 'GR'],
      ['Göteborg', 'Gothenburg', 'SE'],
      ['Tromso', 'Tromsø', 'NO'],
      ['Tallinnas', 'Tallinn', 'EE'],
      ['Köln', 'Cologne', 'DE'],
    ] as const) {
      const city = lookupPlace(name).find((m) => m.kind === 'city');
      expect(city && city.kind === 'city' ? city.cities[0] : null).toEqual({ name: display, country });
    }
  });

  it('reads country names in many languages and codes only in capitals', () => {
    expect(countryOfName('Eesti')).toBe('EE');
    expect(countryOfName('Niemcy')).toBe('DE');
    expect(countryOfName('Ελλάδα')).toBe('GR');
    expect(countryOfName('UK')).toBe('GB');
    expect(countryOfName('uk')).toBeNull();
    expect(lookupPlace('GA').some((m) => m.kind === 'region' && m.countries.includes('US'))).toBe(true);
    expect(lookupPlace('ga')).toEqual([]);
  });

  it('answers folded lookups for the employer matcher', () => {
    expect(isFoldedPlaceName('tallinn')).toBe(true);
    expect(isFoldedPlaceName('leisure')).toBe(false);
  });
});
