import type { Explanation, LocationTag } from '../types';
import type { CityEntry } from './gazetteer';
import { looksLikePlaceName, splitLocation, type Segment } from './location-segments';
import { scanTextForPlace } from './scan-text-for-place';
import { transliterateGreek } from './transliterate-greek';

/** Where a posting in this language is, when the location field does not say. */
const LANGUAGE_COUNTRY: Record<string, string> = {
  et: 'EE', nb: 'NO', nn: 'NO', no: 'NO', pl: 'PL', el: 'GR', fi: 'FI', sv: 'SE', da: 'DK', lv: 'LV',
  lt: 'LT', de: 'DE', is: 'IS', nl: 'NL', cs: 'CZ', hu: 'HU', ro: 'RO', pt: 'PT', it: 'IT', es: 'ES',
  fr: 'FR',
};

interface Evidence {
  country: string | null;
  rule: string;
  evidence: string;
}

/** The country the segments state outright (a country name, then a region or code). */
function statedCountry(segments: Segment[], cityCountries: Set<string>): Evidence | null {
  for (const s of segments) {
    for (const m of s.matches) {
      if (m.kind === 'country') return { country: m.country, rule: 'location.country-name', evidence: s.text };
    }
  }
  for (const s of segments) {
    if (s.matches.some((m) => m.kind === 'city')) continue;
    // "Berlin, DE": a two-letter code that is the ISO code of a named city's country is that country.
    if (/^[A-Z]{2}$/.test(s.text) && cityCountries.has(s.text)) {
      return { country: s.text, rule: 'location.country-code', evidence: s.text };
    }
    for (const m of s.matches) {
      if (m.kind === 'region') {
        const preferred = m.countries.find((c) => cityCountries.has(c)) ?? m.countries[0];
        return { country: preferred, rule: 'location.region', evidence: s.text };
      }
    }
    if (s.municipalityCountry) {
      return { country: s.municipalityCountry, rule: 'location.municipality', evidence: s.text };
    }
  }
  return null;
}

function pickCity(cities: CityEntry[], country: string | null): CityEntry | null {
  if (country) return cities.find((c) => c.country === country) ?? null;
  return cities[0] ?? null;
}

function displayUnknown(text: string): string {
  return transliterateGreek(text.replace(/\s+/g, ' ').trim());
}

/** German-speaking ads name a district after the town with a hyphen ("Hamburg-Altona", "Hasbergen-Gaste"). */
const TOWN_DISTRICT_COUNTRIES = new Set(['DE', 'AT', 'CH']);
const TOWN_DISTRICT_RE = /^(\p{Lu}\p{Ll}{2,})-\p{Lu}\p{Ll}+$/u;

function townOf(unknown: string, country: string | null): string {
  const m = country && TOWN_DISTRICT_COUNTRIES.has(country) ? TOWN_DISTRICT_RE.exec(unknown) : null;
  return m ? m[1] : unknown;
}

function parseUncached(
  raw: unknown,
  language: string | null,
  text: unknown,
): { location: LocationTag; explanation: Explanation[]; readText: boolean } {
  const explanation: Explanation[] = [];
  const segments = typeof raw === 'string' ? splitLocation(raw) : [];
  const places = segments.filter((s) => s.text !== '');
  const languageCountry = language ? (LANGUAGE_COUNTRY[language] ?? null) : null;

  const cityCountries = new Set<string>();
  for (const s of places) {
    for (const m of s.matches) if (m.kind === 'city') for (const c of m.cities) cityCountries.add(c.country);
  }
  const stated = statedCountry(places, cityCountries);
  let country = stated?.country ?? null;
  if (stated) explanation.push({ field: 'location', rule: stated.rule, evidence: stated.evidence });

  let city: string | null = null;
  let unknownCity = false;
  const firstQualifier = places.findIndex(
    (s) => s.reference || s.municipalityCountry !== null || s.matches.some((m) => m.kind !== 'city'),
  );
  for (const s of places) {
    if (s.reference) continue;
    const cities = s.matches.flatMap((m) => (m.kind === 'city' ? m.cities : []));
    if (cities.length === 0) continue;
    const preferred = country ?? (languageCountry && cities.some((c) => c.country === languageCountry) ? languageCountry : null);
    const entry = pickCity(cities, preferred);
    if (entry) {
      city = entry.name;
      country = entry.country;
      explanation.push({ field: 'location', rule: 'location.gazetteer-city', evidence: s.text });
    } else {
      // A known name in another country ("Athens, GA"): keep it as written.
      city = displayUnknown(s.text);
      explanation.push({ field: 'location', rule: 'location.city-as-written', evidence: s.text });
    }
    break;
  }
  if (city === null) {
    const limit = firstQualifier < 0 ? places.length : firstQualifier;
    const candidate = places.slice(0, limit).find((s) => !s.reference && s.matches.length === 0 && looksLikePlaceName(s.text));
    if (candidate) {
      unknownCity = true;
      city = displayUnknown(candidate.text);
      explanation.push({ field: 'location', rule: 'location.unknown-place', evidence: candidate.text });
    }
  }
  if (country === null) {
    const reference = places.find((s) => s.reference && s.matches.length > 0);
    const refCity = reference?.matches.find((m) => m.kind === 'city');
    if (reference && refCity && refCity.kind === 'city') {
      country = pickCity(refCity.cities, languageCountry)?.country ?? refCity.cities[0].country;
      explanation.push({ field: 'location', rule: 'location.near-place', evidence: reference.text });
    }
  }
  // With no location field at all, the description may name the place; a field that only says
  // "Remote" keeps its city empty, and the language is the better guess for its country.
  const noField = segments.length === 0;
  let readText = false;
  const readFromText = (): void => {
    if (typeof text !== 'string' || text === '') return;
    readText = true;
    const found = scanTextForPlace(text, { wantCity: noField });
    if (found) {
      country = found.country;
      if (found.city && city === null) city = found.city;
      explanation.push({ field: 'location', rule: 'location.from-text', evidence: found.evidence });
    }
  };
  if (country === null && noField) readFromText();
  if (country === null && languageCountry) {
    country = languageCountry;
    explanation.push({ field: 'location', rule: 'location.language-default', evidence: language ?? '' });
  }
  if (country === null && !noField) readFromText();
  if (city !== null && unknownCity) city = townOf(city, country);
  if (segments.length > 0 && places.length === 0) {
    explanation.push({ field: 'location', rule: 'location.remote-only', evidence: String(raw).slice(0, 80) });
  }
  if (city === null && country === null) explanation.push({ field: 'location', rule: 'location.unknown' });
  return { location: { city, country }, explanation, readText };
}

const MEMO_SIZE = 1_000;
const MAX_MEMO_KEY_CHARS = 200;
/** Sources repeat the same few locations ("Oslo", "Remote – US"): results that did not need the text are kept. */
const memo = new Map<string, { location: LocationTag; explanation: Explanation[] }>();

/**
 * City (Latin script, English exonym where established) and ISO country of a free-text location.
 * A known city anywhere in the string wins over an unknown first segment ("Hollyhill, Cork");
 * remote-only locations have no city; without a stated country the posting's language, then the
 * description decide. Never throws.
 */
export function parseLocation(
  raw: string,
  ctx: { language: string | null; text?: string },
): { location: LocationTag; explanation: Explanation[] } {
  const language = typeof ctx?.language === 'string' ? ctx.language.toLowerCase() : null;
  const memoKey = typeof raw === 'string' && raw.length <= MAX_MEMO_KEY_CHARS ? `${language ?? ''}\u0000${raw}` : null;
  const cached = memoKey === null ? undefined : memo.get(memoKey);
  const result = cached ?? parseUncached(raw, language, ctx?.text);
  if (memoKey !== null && !cached && !('readText' in result && result.readText)) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(memoKey, { location: result.location, explanation: result.explanation });
  }
  return { location: { ...result.location }, explanation: result.explanation.slice() };
}
