// Splitting a free-text location ("Atlanta, GA 30339 (Hybrid)") into the places it names.
import { LONGEST_PLACE_NAME, lookupPlace, type PlaceMatch } from './gazetteer';

export interface Segment {
  /** The place text as written, postal codes and qualifiers removed. */
  text: string;
  matches: PlaceMatch[];
  /** Whether the words came from a prefix of the segment ("Ηράκλειο" of "Ηράκλειο Κρήτης"). */
  partial: boolean;
  /** Country implied by a municipality word ("Rae vald" → EE, "Drammen kommune" → NO). */
  municipalityCountry: string | null;
  /** True for a reference place after "near"/"k." that is never the city itself. */
  reference: boolean;
  remote: boolean;
}

const MAX_RAW_CHARS = 400;
// Applied after whitespace is collapsed; no "\s*" around it, which would backtrack on long runs of spaces.
const SPLIT_RE = /[,;|/()[\]{}\n:•·]| [-–—] |[–—]/u;
// Work-mode words that may stand in a location field instead of, or next to, a place.
const REMOTE_WORDS_RE =
  /(?<![\p{L}\p{N}])(?:fully\s+remote|100\s*%\s*remote|remote(?:ly)?|hybrid|on-?site|in[- ]office|home[- ]?office|work\s+from\s+home|wfh|virtual|anywhere|field[- ]based|telecommute|kaugtöö|kodukontor|hübriid(?:töö)?|praca\s+zdalna|zdalnie|zdalna|hybrydowo|praca\s+hybrydowa|hybrydowa|hjemmekontor|fjernarbeid|hjemmefra|distans(?:arbete)?|hemifrån|etätyö|etänä|hybridityö|homeoffice|mobiles\s+arbeiten|τηλεργασία|εξ\s+αποστάσεως|υβριδικά|υβριδική)(?=$|[^\p{L}])/giu;
const WHOLE_WORDS_RE = /^(?:hele|heile|whole|all\s+of|entire|across|anywhere\s+in|within|koko|cała|cały|kogu|hela|ganz|όλη\s+την|όλη)\s+/iu;
const NEAR_RE = /\s(?:k\.|koło|kolo|near|bei|nahe|nær|nära|lähellä|w\s+pobliżu|κοντά\s+σε)\s+/iu;
const POSTAL_PREFIX_RE = /^(?:\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,5}|[A-Z]{1,2}-\d{4,5})\s+/u;
const POSTAL_SUFFIX_RE = /\s+(?:\d[\d\s-]{0,9}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/u;
const REGION_PREFIX_RE = /^(?:region|regio|kreis|landkreis|województwo|woj\.|gmina|powiat|stadt|city\s+of|metro|greater|δήμος|νομός|περιφέρεια)\s+/iu;
const MUNICIPALITY_SUFFIX: Record<string, string> = {
  vald: 'EE',
  vallas: 'EE',
  maakond: 'EE',
  linn: 'EE',
  kommune: 'NO',
  kommun: 'SE',
  kaupunki: 'FI',
  gmina: 'PL',
};
const MUNICIPALITY_RE = /\s+(vald|vallas|maakond|linn|kommune|kommun|kaupunki|gmina)$/iu;

const EDGE_CHARS = new Set([' ', '.', ',', "'", '"', '*', '-']);

function trimPunctuation(raw: string): string {
  let from = 0;
  let to = raw.length;
  while (from < to && EDGE_CHARS.has(raw[from])) from += 1;
  while (to > from && EDGE_CHARS.has(raw[to - 1])) to -= 1;
  return raw.slice(from, to);
}

function readSegment(raw: string, reference: boolean): Segment | null {
  let text = trimPunctuation(raw);
  if (text === '') return null;
  let remote = false;
  const withoutRemote = text.replace(REMOTE_WORDS_RE, () => {
    remote = true;
    return ' ';
  });
  text = withoutRemote.replace(/\s+/g, ' ').trim();
  text = text.replace(WHOLE_WORDS_RE, '');
  if (text === '' || !/\p{L}/u.test(text)) return remote ? { ...EMPTY, remote } : null;

  let municipalityCountry: string | null = null;
  const attempts = [text];
  const unpostal = text.replace(POSTAL_PREFIX_RE, '').replace(POSTAL_SUFFIX_RE, '');
  if (unpostal !== text && unpostal !== '') attempts.push(unpostal);
  const unprefixed = unpostal.replace(REGION_PREFIX_RE, '');
  // "Region Osnabrück", "Greater Manchester": the place named is an area, never the city itself.
  if (unprefixed !== unpostal && unprefixed !== '') {
    attempts.push(unprefixed);
    reference = true;
  }
  const municipality = MUNICIPALITY_RE.exec(unprefixed);
  if (municipality) {
    municipalityCountry = MUNICIPALITY_SUFFIX[municipality[1].toLowerCase()] || null;
    attempts.push(unprefixed.slice(0, municipality.index));
  }
  for (const attempt of attempts) {
    const matches = lookupPlace(attempt);
    if (matches.length > 0) return { text: attempt, matches, partial: false, municipalityCountry, reference, remote };
  }
  const base = attempts[attempts.length - 1];
  const words = base.split(/\s+/);
  for (let n = Math.min(words.length - 1, LONGEST_PLACE_NAME); n >= 1; n -= 1) {
    const prefix = words.slice(0, n).join(' ');
    const matches = lookupPlace(prefix).filter((m) => m.kind !== 'country');
    if (matches.length > 0) return { text: prefix, matches, partial: true, municipalityCountry, reference, remote };
  }
  if (base.includes('-')) {
    const head = base.split('-')[0];
    const matches = lookupPlace(head).filter((m) => m.kind === 'city');
    if (head.length >= 3 && matches.length > 0) {
      return { text: head, matches, partial: true, municipalityCountry, reference, remote };
    }
  }
  return { text: base, matches: [], partial: false, municipalityCountry, reference, remote };
}

const EMPTY: Segment = {
  text: '',
  matches: [],
  partial: false,
  municipalityCountry: null,
  reference: false,
  remote: false,
};

/** The segments of a location string, in the order written. */
export function splitLocation(raw: string): Segment[] {
  const bounded = raw
    .slice(0, MAX_RAW_CHARS)
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[^\S\n]+/g, ' ');
  const out: Segment[] = [];
  for (const piece of bounded.split(SPLIT_RE)) {
    if (out.length >= 12) break;
    if (!piece) continue;
    const near = NEAR_RE.exec(piece);
    if (near) {
      const own = readSegment(piece.slice(0, near.index), false);
      const ref = readSegment(piece.slice(near.index + near[0].length), true);
      if (own) out.push(own);
      if (ref) out.push(ref);
      continue;
    }
    const segment = readSegment(piece, false);
    if (segment) out.push(segment);
  }
  return out;
}

/** Whether a segment may be read as an unknown town name (capitalised, short, no digits). */
export function looksLikePlaceName(text: string): boolean {
  if (text.length < 2 || text.length > 40 || /\d/.test(text)) return false;
  if (text.split(' ').length > 5) return false;
  return /^\p{Lu}/u.test(text);
}
