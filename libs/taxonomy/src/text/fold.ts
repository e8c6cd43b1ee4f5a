// Character folding shared by every matcher of the taxonomy.
//
// Tagging compares words, not bytes: "Kundenservice", "KUNDENSERVICE" and "kundenservice" must be
// one word, and so must "Außendienst"/"Aussendienst" or "Ευθύνη"/"ευθυνη". Folding is done one
// UTF-16 code unit at a time through a lookup table so that a scan stays a single linear pass
// with no allocation per character (the throughput target is 20 000 postings/s on one core).
//
// Two modes:
// - `base`: lower case, diacritics removed (ä→a, ł→l, ø→o, ß→s, ά→α, ς→σ). Used for role and
//   seniority terms, where a missing accent in an ad must not lose a match.
// - `lower`: lower case only; diacritics kept. Used for language identification, where "för"
//   (sv) and "for" (nb) or "õ" (et) are exactly the evidence that tells languages apart.
// Every character that is neither a letter nor a digit folds to SEPARATOR (a word boundary).

export const SEPARATOR = 0x20;
export type FoldMode = 'base' | 'lower';

const UNSET = 0xffff;

// Letters that NFD does not decompose but that readers treat as a base letter plus a mark.
const EXTRA_BASE: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  ß: 's',
  æ: 'a',
  œ: 'o',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  ħ: 'h',
  þ: 't',
  ŀ: 'l',
};

const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
const COMBINING_MARK = /\p{M}/gu;

function computeFold(code: number, mode: FoldMode): number {
  // Lone surrogates (halves of emoji and other astral characters) are never words here.
  if (code >= 0xd800 && code <= 0xdfff) return SEPARATOR;
  const ch = String.fromCharCode(code);
  if (!LETTER_OR_DIGIT.test(ch)) return SEPARATOR;
  let lower = ch.toLowerCase();
  if (lower.length !== 1) lower = ch;
  if (lower === 'ς') return 'σ'.charCodeAt(0);
  if (mode === 'lower') return lower.charCodeAt(0);
  const extra = EXTRA_BASE[lower];
  if (extra) return extra.charCodeAt(0);
  const base = lower.normalize('NFD').replace(COMBINING_MARK, '');
  if (base.length !== 1) return lower.charCodeAt(0);
  const b = base.charCodeAt(0);
  return b === 'ς'.charCodeAt(0) ? 'σ'.charCodeAt(0) : b;
}

// Filled lazily: computing all 65 536 entries up front would cost tens of milliseconds at
// start-up for characters most inputs never contain.
const TABLES: Record<FoldMode, Uint16Array> = {
  base: new Uint16Array(65536).fill(UNSET),
  lower: new Uint16Array(65536).fill(UNSET),
};

/** The folded form of one UTF-16 code unit: a lower-case letter/digit code, or SEPARATOR. */
export function foldCode(code: number, mode: FoldMode = 'base'): number {
  const table = TABLES[mode];
  let folded = table[code];
  if (folded === UNSET) {
    folded = computeFold(code, mode);
    table[code] = folded;
  }
  return folded;
}

/**
 * Folds `text` into words separated by single spaces, with no leading or trailing space.
 * At most `maxChars` input characters are read, so the cost is bounded on any input.
 */
export function foldText(text: string, mode: FoldMode = 'base', maxChars = Infinity): string {
  const end = Math.min(text.length, maxChars);
  const out: number[] = [];
  let lastWasSeparator = true;
  for (let i = 0; i < end; i++) {
    const f = foldCode(text.charCodeAt(i), mode);
    if (f === SEPARATOR) {
      if (!lastWasSeparator) out.push(SEPARATOR);
      lastWasSeparator = true;
    } else {
      out.push(f);
      lastWasSeparator = false;
    }
  }
  if (out.length > 0 && out[out.length - 1] === SEPARATOR) out.pop();
  let result = '';
  for (let i = 0; i < out.length; i += 8192) {
    result += String.fromCharCode.apply(null, out.slice(i, i + 8192));
  }
  return result;
}

/** The folded words of `text` (see `foldText`). */
export function tokenize(text: string, mode: FoldMode = 'base', maxChars = Infinity): string[] {
  const folded = foldText(text, mode, maxChars);
  return folded === '' ? [] : folded.split(' ');
}
