import type { Explanation } from '../types';
import { compilePhraseMatcher } from '../text';
import { SIGNATURE_LETTERS, STOP_WORDS } from './stop-words';

// Language of a posting's text (ISO 639-1, Norwegian bokmål as "nb").
//
// Why not tinyld alone: measured on the dev corpus it is accurate on descriptions (160/160) but
// costs ~560 µs per call, 28 times the whole per-posting budget (20 000 postings/s), and it is
// poor on short texts (55 % on titles). So the main path is a script check (Greek, Cyrillic)
// plus counts of function words and signature letters, read in one pass of the phrase matcher
// over the first few KB (a few µs). That is decisive on any real ad: 50+ words carry dozens of
// function words. Only when the counts are thin or close (a title alone, a list of keywords,
// a language outside the lists) does the detector ask tinyld, on at most 1 000 characters,
// which keeps its cost off the common path. Detector code "no" maps to "nb".

// Enough for dozens of function words; the tail of an ad is boilerplate in whatever language.
const SCAN_LIMIT = 2000;
const FALLBACK_LIMIT = 1000;
const FALLBACK_MIN_WORDS = 15;
const MIN_SCORE = 4;
const MIN_RATIO = 1.5;
// Close relatives (nb/da/nn, et/fi) share most function words, so their totals stay near each
// other; what tells them apart is the difference, i.e. the words only one of them uses.
const MIN_MARGIN = 3;
const LATIN_LANGUAGES = Object.keys(STOP_WORDS).filter((l) => l !== 'el' && l !== 'ru' && l !== 'uk');

const matcher = compilePhraseMatcher(
  Object.entries(STOP_WORDS).flatMap(([lang, words]) =>
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => [w, lang] as const),
  ),
  'lower',
);

const signatureOf = new Map<number, string[]>();
for (const [lang, letters] of Object.entries(SIGNATURE_LETTERS)) {
  for (const ch of letters) {
    const code = ch.charCodeAt(0);
    signatureOf.set(code, [...(signatureOf.get(code) ?? []), lang]);
    const upper = ch.toUpperCase().charCodeAt(0);
    if (upper !== code) signatureOf.set(upper, signatureOf.get(code)!);
  }
}

type TinyDetect = (text: string) => string;
let tinyDetect: TinyDetect | null = null;
function tinyld(text: string): string {
  // Loaded on first use: its model is large and most runs never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  tinyDetect ??= (require('tinyld') as { detect: TinyDetect }).detect;
  return tinyDetect(text);
}

export interface LanguageDetection {
  language: string | null;
  explanation: Explanation[];
}

interface ScriptCounts {
  latin: number;
  greek: number;
  cyrillic: number;
  signatures: Map<string, number>;
}

function countScripts(text: string, limit: number): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, greek: 0, cyrillic: 0, signatures: new Map() };
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) counts.latin++;
    else if (c < 0xc0) continue;
    else if (c <= 0x24f) {
      counts.latin++;
      const langs = signatureOf.get(c);
      if (langs) for (const l of langs) counts.signatures.set(l, (counts.signatures.get(l) ?? 0) + 1);
    } else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) counts.greek++;
    else if (c >= 0x400 && c <= 0x4ff) {
      counts.cyrillic++;
      const langs = signatureOf.get(c);
      if (langs) for (const l of langs) counts.signatures.set(l, (counts.signatures.get(l) ?? 0) + 1);
    }
  }
  return counts;
}

function ranked(scores: Map<string, number>, among: readonly string[]): [string, number][] {
  return among.map((l) => [l, scores.get(l) ?? 0] as [string, number]).sort((a, b) => b[1] - a[1]);
}

function countWords(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const normalizeCode = (code: string): string => (code === 'no' ? 'nb' : code);

/** Detects the language of `text` (title and description together work best). */
export function detectLanguage(text: string): LanguageDetection {
  if (typeof text !== 'string' || text.trim() === '') {
    return { language: null, explanation: [{ field: 'language', rule: 'no-text' }] };
  }
  const scripts = countScripts(text, SCAN_LIMIT);
  const letters = scripts.latin + scripts.greek + scripts.cyrillic;
  if (letters === 0) {
    return { language: null, explanation: [{ field: 'language', rule: 'no-letters' }] };
  }

  const scores = new Map<string, number>();
  matcher.visit(text, SCAN_LIMIT, (lang) => scores.set(lang, (scores.get(lang) ?? 0) + 1));
  // Signature letters count half a word each, and at most four words' worth.
  for (const [l, n] of scripts.signatures) scores.set(l, (scores.get(l) ?? 0) + Math.min(4, n * 0.5));

  if (scripts.greek >= 0.4 * letters) {
    return { language: 'el', explanation: [{ field: 'language', rule: 'script', evidence: 'Greek' }] };
  }
  if (scripts.cyrillic >= 0.4 * letters) {
    const [[best, bestScore], [, second]] = ranked(scores, ['ru', 'uk']);
    const language = bestScore > second ? best : 'ru';
    return { language, explanation: [{ field: 'language', rule: 'script', evidence: 'Cyrillic' }] };
  }

  const [[best, top], [runnerUp, second]] = ranked(scores, LATIN_LANGUAGES);
  if (top >= MIN_SCORE && (top >= MIN_RATIO * second || top - second >= MIN_MARGIN)) {
    return {
      language: best,
      explanation: [{ field: 'language', rule: 'function-words', evidence: `${best} ${top} vs ${runnerUp} ${second}` }],
    };
  }
  // tinyld guesses wildly on a few words ("Pricing Analyst" → lt), so it only gets real prose.
  if (countWords(text, FALLBACK_LIMIT) >= FALLBACK_MIN_WORDS) {
    const guess = normalizeCode(tinyld(text.slice(0, FALLBACK_LIMIT)));
    if (guess) {
      return {
        language: guess,
        explanation: [{ field: 'language', rule: 'tinyld-fallback', evidence: `function words too close (${best} ${top}, ${runnerUp} ${second})` }],
      };
    }
  }
  if (top > second) {
    return { language: best, explanation: [{ field: 'language', rule: 'function-words-weak', evidence: `${best} ${top} vs ${runnerUp} ${second}` }] };
  }
  return { language: null, explanation: [{ field: 'language', rule: 'undecided', evidence: 'too little text to tell' }] };
}
