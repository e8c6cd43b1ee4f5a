// Where a remote worker may live: "Remote – United States", "fully remote within the UK",
// "must live in Texas" (→ US), "täielikult kaugtöö Eesti piires" (→ EE), "hele Norge" (→ NO).
import { lookupPlace } from '../location/gazetteer';
import { parseLocation } from '../location/parse-location';
import { TriggerMatcher, wordIndex } from '../location/word-index';

const MAX_DESCRIPTION_CHARS = 20_000;
const MAX_PHRASES = 6;
const PLACE_REACH = 60;

/** Phrases after which the place of eligibility is named ("within the", "must reside in"). */
const PLACE_AFTER = new TriggerMatcher<'after' | 'before'>([
  ...[
    'remote within', 'remote in', 'remotely within', 'remotely from', 'work from home within', 'based in',
    'located in', 'anywhere in', 'across', 'throughout', 'within', 'must live in', 'must reside in',
    'must be based in', 'must be located in', 'need to live in', 'required to live in', 'required to reside in',
    'residents of', 'resident of', 'living in', 'live in', 'reside in', 'hele', 'i hela', 'koko', 'w całej',
    'z terenu', 'in ganz', 'σε όλη την', 'σε όλη τη', 'mistä päin',
  ].map((term) => ({ term, value: 'after' as const })),
  // Estonian and Finnish name the place first: "Eesti piires", "Suomen alueella".
  ...['piires', 'piirides', 'alueella', 'sisällä'].map((term) => ({ term, value: 'before' as const })),
]);
const PLACE_RUN_RE = /\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}/gu;
const PREVIOUS_WORD_RE = /(\p{Lu}\p{L}+)\s+$/u;

function countryOfPlace(name: string): string | null {
  const matches = lookupPlace(name);
  for (const m of matches) {
    if (m.kind === 'country') return m.country;
    if (m.kind === 'region') return m.countries[0];
  }
  for (const m of matches) if (m.kind === 'city' && m.cities.length === 1) return m.cities[0].country;
  return null;
}

/** Countries named in the original text right after an eligibility phrase ("Georgia, Texas or Arizona"). */
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
  if (description === '') return out;
  const index = wordIndex(description, MAX_DESCRIPTION_CHARS);
  // Place names keep their capitals, so they are read from the original text at the same offsets.
  const original = description.slice(0, MAX_DESCRIPTION_CHARS);
  for (const hit of PLACE_AFTER.find(index, MAX_PHRASES)) {
    if (hit.value === 'after') {
      countriesAfter(original, hit.end, add);
    } else {
      const previous = PREVIOUS_WORD_RE.exec(original.slice(Math.max(0, hit.start - 30), hit.start));
      const country = previous ? countryOfPlace(previous[1]) : null;
      if (country) add(country);
    }
  }
  return out;
}
