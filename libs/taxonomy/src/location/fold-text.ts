// Lookup keys for names written with or without diacritics ("Kraków"/"Krakow", "Αθήνα"/"ΑΘΗΝΑ").
// NFKD splits accents off most letters; the few letters that are not decomposable get a table.

const NON_DECOMPOSING: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  þ: 'th',
  œ: 'oe',
  ı: 'i',
  ς: 'σ',
};
const NON_DECOMPOSING_RE = /[łøæßđþœıς]/g;
const MARKS_RE = /\p{M}+/gu;

/** Lower-cased, accent-free form of `text`, for map lookups only (never for display). */
const ASCII_RE = /^[\x00-\x7f]*$/;

export function foldText(text: string): string {
  if (ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(NON_DECOMPOSING_RE, (c) => NON_DECOMPOSING[c] ?? c);
}

const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

/** Folded words of `text`: punctuation and spacing dropped ("J.P. Morgan" → ["j", "p", "morgan"]). */
const SIMPLE_WORDS_RE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

export function foldWords(text: string): string[] {
  if (SIMPLE_WORDS_RE.test(text)) return text.toLowerCase().split(' ');
  const folded = foldText(text).replace(NON_WORD_RE, ' ').trim();
  return folded === '' ? [] : folded.split(' ');
}
