// Last resort when the location field names no country: the first country (or, with an empty
// location field, the first city) the description names.
import { lookupPlace } from './gazetteer';

const SCAN_CHARS = 4000;
// Capitalised runs of up to three words ("United Kingdom", "Frankfurt am Main" is caught by its head).
const CAPITALISED_RUN_RE = /\p{Lu}[\p{L}.'’-]{1,30}(?:\s\p{Lu}[\p{L}.'’-]{1,30}){0,2}/gu;
/** City names that are also ordinary capitalised words in ads ("Reading list", "Mobile app"). */
const AMBIGUOUS_CITY_WORDS = new Set([
  'Reading', 'Bath', 'Mobile', 'Nice', 'Drama', 'Moss', 'Alta', 'Ski', 'Voss', 'Salo', 'Nokia', 'Lund',
  'Aurora', 'Victoria', 'Columbia', 'Jackson', 'Lincoln', 'Mesa', 'Salem', 'Troy', 'Norman', 'Derby',
  'Hull', 'Newport', 'Windsor', 'Hamilton', 'Richmond', 'Surrey', 'Laval', 'Regina', 'Kos', 'Chios',
  'Essen', 'Hagen', 'Hamm', 'Ulm', 'Zug', 'Ogre', 'Vari', 'Tapa', 'Elva', 'Valga', 'Paide', 'Rapla',
  'Porto', 'Palma', 'Faro', 'Gent', 'Bray', 'Ennis', 'Naas', 'Cavan', 'Shannon', 'Swords', 'Durham',
  'Chester', 'Preston', 'York', 'Manchester', 'Springfield', 'Madison', 'Charlotte', 'Phoenix',
  'Augusta', 'Buffalo', 'Savannah', 'Lafayette', 'Henderson', 'Irving', 'Gilbert', 'Garland',
  'Glendale', 'Fremont', 'Arlington', 'Fargo', 'Reno', 'Boulder', 'Carmel', 'Camden', 'Edison',
  'Columbus', 'Lexington', 'Cary', 'Green Bay', 'Halifax', 'Telford', 'Bedford', 'Oxford', 'Cambridge',
]);

export interface TextPlace {
  country: string;
  city: string | null;
  evidence: string;
}

export function scanTextForPlace(text: string, options: { wantCity: boolean }): TextPlace | null {
  const bounded = text.slice(0, SCAN_CHARS);
  let firstCity: TextPlace | null = null;
  CAPITALISED_RUN_RE.lastIndex = 0;
  for (let m = CAPITALISED_RUN_RE.exec(bounded); m; m = CAPITALISED_RUN_RE.exec(bounded)) {
    const words = m[0].replace(/[.'’-]+$/u, '').split(' ');
    for (let n = words.length; n >= 1; n -= 1) {
      const name = words.slice(0, n).join(' ');
      const matches = lookupPlace(name);
      const country = matches.find((x) => x.kind === 'country');
      if (country && country.kind === 'country') {
        return { country: country.country, city: firstCity?.city ?? null, evidence: name };
      }
      const city = matches.find((x) => x.kind === 'city');
      if (!firstCity && city && city.kind === 'city' && city.cities.length === 1 && !AMBIGUOUS_CITY_WORDS.has(name)) {
        firstCity = { country: city.cities[0].country, city: options.wantCity ? city.cities[0].name : null, evidence: name };
      }
      if (matches.length > 0) break;
    }
  }
  return firstCity;
}
