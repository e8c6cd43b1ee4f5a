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
const CASED_LETTER_RE = /[\p{Lu}\p{Ll}]/gu;
const UPPER_LETTER_RE = /\p{Lu}/gu;

/** Collapses whitespace, drops control characters and bounds the length of a raw name. */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
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
  if (letters.length <= 3) return word;
  return word
    .split(/([-/])/)
    .map((part) => capitalise(part))
    .join('');
}

function isShouted(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 5 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase();
}

/**
 * Official-looking casing for a name written in capitals: the whole name when it is all capitals
 * ("THE HOME DEPOT" → "The Home Depot"), otherwise only its long all-capital words
 * ("AMAZONEN-WERKE H. Dreyer" → "Amazonen-Werke H. Dreyer"; "IKEA" and "IT" stay).
 */
export function restoreCasing(name: string): string {
  const cased = name.match(CASED_LETTER_RE)?.length ?? 0;
  if (cased < 4) return name;
  const upper = name.match(UPPER_LETTER_RE)?.length ?? 0;
  const words = name.split(' ');
  if (upper === cased) return words.map((w, i) => titleCaseWord(w, i === 0)).join(' ');
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
  if (cleaned === '') return '';
  const words = foldWords(stripLegalForms(cleaned)).filter((w) => w !== 'and');
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join('');
}
