import type { LocationTag } from '../types';
import { parseLocation } from './parse-location';

const at = (city: string | null, country: string | null): LocationTag => ({ city, country });
const parse = (raw: string, language: string | null = null, text?: string): LocationTag => parseLocation(raw, { language, text }).location;

describe('parseLocation: cities and countries in the ways ads write them', () => {
  it.each<[string, string | null, LocationTag]>([
    ['Warszawa, mazowieckie', 'pl', at('Warsaw', 'PL')],
    ['Kraków (praca hybrydowa)', 'pl', at('Kraków', 'PL')],
    ['ul. Prosta 51, 00-838 Warszawa', 'pl', at('Warsaw', 'PL')],
    ['Poznań, Wielkopolska', 'pl', at('Poznań', 'PL')],
    ['Tallinn, Harju maakond', 'et', at('Tallinn', 'EE')],
    ['Viimsi vald, Harjumaa', 'et', at('Viimsi', 'EE')],
    ['Narva', 'et', at('Narva', 'EE')],
    ['Oslo sentrum', 'nb', at('Oslo', 'NO')],
    ['Lillestrøm, Viken', 'nb', at('Lillestrøm', 'NO')],
    ['Göteborg, Västra Götaland', 'sv', at('Gothenburg', 'SE')],
    ['Stockholm (Kista)', 'sv', at('Stockholm', 'SE')],
    ['Espoo (Keilaniemi)', 'fi', at('Espoo', 'FI')],
    ['Helsinki, Uusimaa', 'fi', at('Helsinki', 'FI')],
    ['Θεσσαλονίκη, Κεντρική Μακεδονία', 'el', at('Thessaloniki', 'GR')],
    ['ΑΘΗΝΑ', 'el', at('Athens', 'GR')],
    ['Γλυφάδα, Αττική', 'el', at('Glyfada', 'GR')],
    ['Άγιοι Ανάργυροι, Αττική', 'el', at('Agioi Anargyroi', 'GR')],
    ['München-Schwabing', 'de', at('Munich', 'DE')],
    ['Frankfurt a.M.', 'de', at('Frankfurt am Main', 'DE')],
    ['Berlin, DE', null, at('Berlin', 'DE')],
    ['Hamburg, Germany', 'en', at('Hamburg', 'DE')],
    ['Austin, TX', 'en', at('Austin', 'US')],
    ['Athens, GA', 'en', at('Athens', 'US')],
    ['Portland, OR 97201', 'en', at('Portland', 'US')],
    ['Springfield, IL', 'en', at('Springfield', 'US')],
    ['Toronto, Ontario', 'en', at('Toronto', 'CA')],
    ['Vancouver, BC', 'en', at('Vancouver', 'CA')],
    ['London, ON', 'en', at('London', 'CA')],
    ['Manchester, UK', 'en', at('Manchester', 'GB')],
    ['Dublin 2, Ireland', 'en', at('Dublin', 'IE')],
    ['Ballina, Co. Mayo', 'en', at('Ballina', 'IE')],
    ['Riga, Latvia', 'en', at('Riga', 'LV')],
    ['Vilnius', 'lt', at('Vilnius', 'LT')],
    ['København', 'da', at('Copenhagen', 'DK')],
    ['Aarhus C', 'da', at('Aarhus', 'DK')],
    ['Sandnessjøen', 'nb', at('Sandnessjøen', 'NO')],
    ['Wallenhorst-Rulle', 'de', at('Wallenhorst', 'DE')],
    ['Garmisch-Partenkirchen', 'de', at('Garmisch-Partenkirchen', 'DE')],
    ['Hamburg-Altona', 'de', at('Hamburg', 'DE')],
    ['Pruszcz Gdański k. Gdańska', 'pl', at('Pruszcz Gdański', 'PL')],
    ['Job sites: Houston, Dallas, Austin', 'en', at('Houston', 'US')],
  ])('%s', (raw, language, expected) => {
    expect(parse(raw, language)).toEqual(expected);
  });

  it.each<[string, string | null, LocationTag]>([
    ['Remote', null, at(null, null)],
    ['Remote – US', 'en', at(null, 'US')],
    ['Remote (UK)', 'en', at(null, 'GB')],
    ['Kaugtöö', 'et', at(null, 'EE')],
    ['Praca zdalna, cała Polska', 'pl', at(null, 'PL')],
    ['Hjemmekontor', 'nb', at(null, 'NO')],
    ['Etätyö, Suomi', 'fi', at(null, 'FI')],
    ['Τηλεργασία', 'el', at(null, 'GR')],
  ])('remote-only %s has no city', (raw, language, expected) => {
    expect(parse(raw, language)).toEqual(expected);
  });

  it('reads the description when the location field is empty or names no country', () => {
    expect(parse('', 'en', 'Our contact centre in Glasgow is growing.')).toEqual(at('Glasgow', 'GB'));
    expect(parse('Remote', 'en', 'Fully remote within Ireland, with a monthly team day.')).toEqual(at(null, 'IE'));
    expect(parse('', null, '')).toEqual(at(null, null));
  });

  it('explains what decided', () => {
    const rules = parseLocation('Austin, TX', { language: 'en' }).explanation.map((e) => e.rule);
    expect(rules).toEqual(['location.region', 'location.gazetteer-city']);
    expect(parseLocation('Sandnessjøen', { language: 'nb' }).explanation.map((e) => e.rule)).toEqual([
      'location.unknown-place',
      'location.language-default',
    ]);
  });

  it('never throws and stays fast on hostile input', () => {
    for (const raw of ['', ',,,,', '((((', '🙂', '12345', '<script>x</script>', null as unknown as string, 'Oslo'.repeat(250_000), '(a, '.repeat(250_000)]) {
      const started = Date.now();
      expect(() => parseLocation(raw, { language: 'en', text: 'x'.repeat(1_000_000) })).not.toThrow();
      expect(Date.now() - started).toBeLessThan(200);
    }
  });
});
