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
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(NON_DECOMPOSING_RE, (c) => NON_DECOMPOSING[c] ?? c);
}

const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

/** Folded words of `text`: punctuation and spacing dropped ("J.P. Morgan" → ["j", "p", "morgan"]). */
export function foldWords(text: string): string[] {
  const folded = foldText(text).replace(NON_WORD_RE, ' ').trim();
  return folded === '' ? [] : folded.split(' ');
}
