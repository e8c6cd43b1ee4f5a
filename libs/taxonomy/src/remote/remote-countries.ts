// Where a remote worker may live: "Remote – United States", "fully remote within the UK",
// "must live in Texas" (→ US), "täielikult kaugtöö Eesti piires" (→ EE), "hele Norge" (→ NO).
import { lookupPlace } from '../location/gazetteer';
import { parseLocation } from '../location/parse-location';

const MAX_PHRASES = 4;
const PLACE_REACH = 60;
// Phrases after which the place of eligibility is named.
const ELIGIBILITY_RE = new RegExp(
  [
    '(?<![\\p{L}])(?:remote|remotely|work\\s+from\\s+home|based|located|anywhere)\\s+(?:with)?in\\s+(?:the\\s+)?',
    '(?<![\\p{L}])anywhere\\s+in\\s+(?:the\\s+)?',
    '(?<![\\p{L}])(?:across|throughout)\\s+(?:the\\s+)?',
    '(?<![\\p{L}])(?:must|need\\s+to|required\\s+to|should|will\\s+need\\s+to)\\s+(?:live|reside|be\\s+based|be\\s+located)\\s+in\\s+(?:the\\s+)?(?:state\\s+of\\s+)?',
    '(?<![\\p{L}])(?:residents?\\s+of|living\\s+in)\\s+(?:the\\s+)?',
    '(?<![\\p{L}])(?:hele|i\\s+hela|koko|w\\s+całej|z\\s+terenu|in\\s+ganz|σε\\s+όλη\\s+την|σε\\s+όλη\\s+τη|mistä\\s+päin)\\s+',
  ].join('|'),
  'giu',
);
// Estonian and Finnish name the place first: "Eesti piires", "Suomen alueella".
const PLACE_FIRST_RE = /(\p{Lu}\p{L}+)\s+(?:piires|piirides|alueella|sisällä)(?![\p{L}])/gu;
const PLACE_RUN_RE = /\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}/gu;

function countryOfPlace(name: string): string | null {
  for (const m of lookupPlace(name)) {
    if (m.kind === 'country') return m.country;
    if (m.kind === 'region') return m.countries[0];
  }
  for (const m of lookupPlace(name)) if (m.kind === 'city' && m.cities.length === 1) return m.cities[0].country;
  return null;
}

/** Countries named in the text right after an eligibility phrase (e.g. "Georgia, Texas or Arizona"). */
function countriesAfter(text: string, from: number, add: (c: string) => void): void {
  const window = text.slice(from, from + PLACE_REACH).split(/[.;\n]/)[0];
  PLACE_RUN_RE.lastIndex = 0;
  for (let m = PLACE_RUN_RE.exec(window); m; m = PLACE_RUN_RE.exec(window)) {
    const words = m[0].replace(/\.+$/, '').split(' ');
    for (let n = words.length; n >= 1; n -= 1) {
      const country = countryOfPlace(words.slice(0, n).join(' '));
      if (country) {
        add(country);
        break;
      }
    }
  }
}

export function remoteCountries(location: string, description: string): string[] {
  const out: string[] = [];
  const add = (c: string): void => {
    if (!out.includes(c)) out.push(c);
  };
  const stated = parseLocation(location, { language: null }).location.country;
  if (stated) add(stated);
  ELIGIBILITY_RE.lastIndex = 0;
  let phrases = 0;
  for (let m = ELIGIBILITY_RE.exec(description); m && phrases < MAX_PHRASES; m = ELIGIBILITY_RE.exec(description)) {
    phrases += 1;
    countriesAfter(description, m.index + m[0].length, add);
  }
  PLACE_FIRST_RE.lastIndex = 0;
  phrases = 0;
  for (let m = PLACE_FIRST_RE.exec(description); m && phrases < MAX_PHRASES; m = PLACE_FIRST_RE.exec(description)) {
    phrases += 1;
    const country = countryOfPlace(m[1]);
    if (country) add(country);
  }
  return out;
}
