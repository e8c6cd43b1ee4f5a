// Lookup tables over data/gazetteer.json, built once at module load.
import data from '../../data/gazetteer.json';
import { foldWords } from './fold-text';

export interface CityEntry {
  name: string;
  country: string;
}

export type PlaceMatch =
  | { kind: 'city'; cities: CityEntry[] }
  | { kind: 'region'; countries: string[] }
  | { kind: 'country'; country: string };

interface GazetteerFile {
  countries: Record<string, string>;
  regions: Record<string, string[]>;
  regionCodes: Record<string, string>;
  cities: Record<string, string[]>;
}

const file = data as unknown as GazetteerFile;
const cityIndex = new Map<string, CityEntry[]>();
const regionIndex = new Map<string, string[]>();
const countryIndex = new Map<string, string>();
/** Codes match only as written in capitals: "GA", "ON", "UK", "USA". */
const codeIndex = new Map<string, PlaceMatch[]>();
let longestName = 1;

const isCode = (alias: string): boolean => /^[A-Z]{2,3}$/.test(alias);
const key = (text: string): string => foldWords(text).join(' ');

function addTo<T>(map: Map<string, T[]>, k: string, value: T, same: (a: T) => boolean): void {
  if (k === '') return;
  const list = map.get(k);
  if (!list) map.set(k, [value]);
  else if (!list.some(same)) list.push(value);
  longestName = Math.max(longestName, k.split(' ').length);
}

function addCode(code: string, match: PlaceMatch): void {
  const list = codeIndex.get(code);
  if (list) list.push(match);
  else codeIndex.set(code, [match]);
}

for (const [country, names] of Object.entries(file.countries)) {
  for (const alias of names.split('|')) {
    if (isCode(alias)) addCode(alias, { kind: 'country', country });
    else if (!countryIndex.has(key(alias))) countryIndex.set(key(alias), country);
  }
}
for (const [country, list] of Object.entries(file.regions)) {
  for (const entry of list) {
    for (const alias of entry.split('|')) {
      if (isCode(alias)) addCode(alias, { kind: 'region', countries: [country] });
      else addTo(regionIndex, key(alias), country, (c) => c === country);
    }
  }
}
for (const [country, codes] of Object.entries(file.regionCodes)) {
  for (const code of codes.split(' ')) addCode(code, { kind: 'region', countries: [country] });
}
for (const [country, list] of Object.entries(file.cities)) {
  for (const entry of list) {
    const aliases = entry.split('|');
    const city: CityEntry = { name: aliases[0], country };
    for (const alias of aliases) {
      if (isCode(alias)) addCode(alias, { kind: 'city', cities: [city] });
      else addTo(cityIndex, key(alias), city, (c) => c.country === country && c.name === city.name);
    }
  }
}

/** The most words any gazetteer name has, to bound prefix searches. */
export const LONGEST_PLACE_NAME = Math.min(longestName, 6);

/** Every reading of one place name (a city, region or country, or a code in capitals). */
export function lookupPlace(text: string): PlaceMatch[] {
  const trimmed = text.trim();
  const out: PlaceMatch[] = [];
  const coded = trimmed.length <= 6 ? codeIndex.get(trimmed.replace(/\./g, '')) : undefined;
  if (coded) out.push(...coded);
  const k = key(trimmed);
  if (k === '') return out;
  const country = countryIndex.get(k);
  if (country) out.push({ kind: 'country', country });
  const regions = regionIndex.get(k);
  if (regions) out.push({ kind: 'region', countries: regions });
  const cities = cityIndex.get(k);
  if (cities) out.push({ kind: 'city', cities });
  return out;
}

/** Place lookup on already folded words joined by spaces (hot path of the employer matcher). */
export function isFoldedPlaceName(foldedKey: string): boolean {
  return countryIndex.has(foldedKey) || regionIndex.has(foldedKey) || cityIndex.has(foldedKey);
}

/** Countries whose name (in any listed language) is `text`, e.g. "Eesti" → "EE". */
export function countryOfName(text: string): string | null {
  const coded = codeIndex.get(text.trim().replace(/\./g, ''));
  const viaCode = coded?.find((m) => m.kind === 'country');
  if (viaCode && viaCode.kind === 'country') return viaCode.country;
  return countryIndex.get(key(text)) ?? null;
}
