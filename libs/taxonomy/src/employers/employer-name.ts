// Display names and keys of employers, independent of any alias list.
import { foldWords } from '../location/fold-text';
import { stripLegalForms } from './legal-forms';

const MAX_NAME_CHARS = 300;
/** Small words that stay lower case inside a title-cased name ("Bank of Ireland", "Hansen og Sønn"). */
const MINOR_WORDS = new Set([
  'the', 'and', 'of', 'for', 'by', 'at', 'in', 'on', 'to', 'a', 'an', 'og', 'och', 'und', 'der', 'die',
  'das', 'den', 'de', 'la', 'le', 'el', 'del', 'du', 'des', 'von', 'van', 'zu', 'på', 'i', 'w', 'z', 'ja',
  'et', 'y', 'e', 'di', 'και', 'του', 'της', 'των',
]);
/** Three-letter words written in capitals stay so when they have no vowel ("DHL") or are common acronyms. */
const VOWEL_RE = /[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÜÅÄÖĄĘÓŁΑΕΗΙΟΥΩΆΈΉΊΌΎΏ]/u;
const ACRONYMS = new Set(['AWS', 'USA', 'IBM', 'SAP', 'ABB', 'UPS', 'ICA', 'OBI', 'EDF', 'AIG', 'BBC', 'UAE', 'AES', 'ESA', 'UHC', 'UHG']);

/** Collapses whitespace, drops control characters and bounds the length of a raw name. */
const PLAIN_NAME_RE = /^[^<\u0000-\u001f\u007f\u200b-\u200d\ufeff]*$/;

export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  // Most names need only trimming; markup, control characters and odd spacing take the long way.
  if (raw.length <= MAX_NAME_CHARS && PLAIN_NAME_RE.test(raw) && !raw.includes('  ')) return raw.trim();
  return raw
    .slice(0, MAX_NAME_CHARS * 4)
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200d\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_CHARS);
}

function capitalise(part: string): string {
  const lower = part.toLocaleLowerCase();
  const first = lower.search(/\p{L}/u);
  return first < 0 ? lower : lower.slice(0, first) + lower.charAt(first).toLocaleUpperCase() + lower.slice(first + 1);
}

/** Title case for one word written in capitals; short letter groups are kept as acronyms ("IT", "AWS"). */
function titleCaseWord(word: string, isFirst: boolean): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const lower = letters.toLocaleLowerCase();
  if (MINOR_WORDS.has(lower)) return isFirst ? capitalise(word) : word.toLocaleLowerCase();
  if (letters.length <= 2 || (letters.length === 3 && (!VOWEL_RE.test(letters) || ACRONYMS.has(letters)))) return word;
  return word
    .split(/([-/])/)
    .map((part) => capitalise(part))
    .join('');
}

const CAPITAL_PAIR_RE = /\p{Lu}\p{Lu}/u;
const LOWER_LETTER_RE = /\p{Ll}/u;
const FOUR_LETTERS_RE = /\p{L}(?:[^\p{L}]*\p{L}){3}/u;
const FIVE_CAPITALS_RE = /\p{Lu}(?:[^\p{L}]*\p{Lu}){4}/u;

/** A word of at least five capitals and no small letters ("AMAZONEN-WERKE"). */
function isShouted(word: string): boolean {
  return !LOWER_LETTER_RE.test(word) && FIVE_CAPITALS_RE.test(word);
}

/**
 * Official-looking casing for a name written in capitals: the whole name when it is all capitals
 * ("THE HOME DEPOT" → "The Home Depot"), otherwise only its long all-capital words
 * ("AMAZONEN-WERKE H. Dreyer" → "Amazonen-Werke H. Dreyer"; "IKEA" and "IT" stay).
 */
export function restoreCasing(name: string): string {
  // Nothing is shouted without two capitals in a row: the common case costs one regex test.
  if (!CAPITAL_PAIR_RE.test(name)) return name;
  const words = name.split(' ');
  if (!LOWER_LETTER_RE.test(name)) {
    return FOUR_LETTERS_RE.test(name) ? words.map((w, i) => titleCaseWord(w, i === 0)).join(' ') : name;
  }
  return words.map((w, i) => (isShouted(w) ? titleCaseWord(w, i === 0) : w)).join(' ');
}

/** Display name without a directory: legal forms and branch qualifiers removed, capitals softened. */
export function employerDisplayName(raw: string): string {
  const name = cleanName(raw);
  if (name === '') return '';
  return restoreCasing(stripLegalForms(name));
}

/**
 * Stable key of a company: folded, legal forms removed, spacing and punctuation ignored, a leading
 * "The" dropped, so "The Home Depot", "HOME DEPOT" and "Home-Depot" share "homedepot".
 */
export function employerKey(name: string): string {
  const cleaned = cleanName(name);
  return cleaned === '' ? '' : keyOfStripped(stripLegalForms(cleaned));
}

/** Key of a name whose legal forms are already removed. */
export function keyOfStripped(name: string): string {
  const words = foldWords(name).filter((w) => w !== 'and');
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join('');
}
