import type { Explanation } from '../types';
import { compilePhraseMatcher } from '../text';
import { BOILERPLATE_MARKERS, proseOf } from './boilerplate';
import { SIGNATURE_LETTERS, STOP_WORDS } from './stop-words';

// Language of a posting's text (ISO 639-1, Norwegian bokmål as "nb").
//
// Why not tinyld alone: measured on the dev corpus it is accurate on descriptions (160/160) but
// costs ~560 µs per call, 28 times the whole per-posting budget (20 000 postings/s), and it is
// poor on short texts (55 % on titles). So the main path is a script check (Greek, Cyrillic)
// plus counts of function words and signature letters, read in one pass of the phrase matcher
// over the first few KB (a few µs). That is decisive on any real ad: 50+ words carry dozens of
// function words. Only when the counts are thin or close (a title alone, a list of keywords,
// a language outside the lists) does the detector ask tinyld, once, on at most 500 characters
// of prose, which keeps its cost off the common path. Detector code "no" maps to "nb".
//
// Crawled ads come wrapped in boilerplate, often English under a local-language ad (cookie
// banners, equal-opportunity statements). A line holding a boilerplate marker does not vote,
// unless nothing else does; otherwise its dozens of English function words outvote a short ad,
// or settle the scan early on a cookie banner above the ad.

// Enough for dozens of function words; the tail of an ad is boilerplate in whatever language.
const SCAN_LIMIT = 2000;
// tinyld's cost grows with its input; a few sentences of prose are enough for it.
const FALLBACK_LIMIT = 500;
// Enough letters to tell the script of an ad, and more signature letters than they may count
// for. A banner above a Greek ad can hide its script here; its function words still rank it.
const SCRIPT_LIMIT = 400;
const FALLBACK_MIN_WORDS = 15;
const MIN_SCORE = 4;
const MIN_RATIO = 1.5;
// Close relatives (nb/da/nn, et/fi) share most function words, so their totals stay near each
// other; what tells them apart is the difference, i.e. the words only one of them uses.
const MIN_MARGIN = 3;
// The scan stops early once one language leads this clearly: most ads are settled in a few
// lines, and the budget per posting is a few µs.
const DECISIVE_SCORE = 12;
const DECISIVE_RATIO = 2;
// Close relatives never reach that ratio; for them, a steady margin after many words settles it.
const DECISIVE_WORDS = 48;
const DECISIVE_MARGIN = 6;
const LANGUAGES = Object.keys(STOP_WORDS);
// Greek ranks with the Latin-script languages: its function words only match Greek text, and a
// Greek ad under a long English banner may fall short of the script share.
const RANKED_INDEXES = LANGUAGES.filter((l) => l !== 'ru' && l !== 'uk').map((l) => LANGUAGES.indexOf(l));
const CYRILLIC_INDEXES = ['ru', 'uk'].map((l) => LANGUAGES.indexOf(l));
const BOILERPLATE = -1;

const matcher = compilePhraseMatcher<number>(
  [
    ...Object.entries(STOP_WORDS).flatMap(([lang, words]) =>
      words
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => [w, LANGUAGES.indexOf(lang)] as const),
    ),
    ...BOILERPLATE_MARKERS.map((m) => [m, BOILERPLATE] as const),
  ],
  'lower',
);

// Signature letters by code unit → the languages (indexes) that write them.
const signatureOf: number[][] = [];
for (const [lang, letters] of Object.entries(SIGNATURE_LETTERS)) {
  for (const ch of letters) {
    for (const code of new Set([ch.charCodeAt(0), ch.toUpperCase().charCodeAt(0)])) {
      (signatureOf[code] ??= []).push(LANGUAGES.indexOf(lang));
    }
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
  /** Signature letters seen, per language index. */
  signatures: Float64Array;
}

/** Letters per script and signature letters, over the first `limit` characters. */
function countScripts(text: string, limit: number): ScriptCounts {
  const signatures = new Float64Array(LANGUAGES.length);
  // Locals, not object fields, in the loop: V8 keeps them in registers.
  let latin = 0;
  let greek = 0;
  let cyrillic = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0) {
      if ((c | 0x20) >= 97 && (c | 0x20) <= 122) latin++;
      continue;
    }
    if (c <= 0x24f) latin++;
    else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) greek++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    const langs = signatureOf[c];
    if (langs !== undefined) for (const l of langs) signatures[l]++;
  }
  return { latin, greek, cyrillic, signatures };
}

/** The best and second-best language among `among` (indexes into LANGUAGES). */
function topTwo(scores: Float64Array, among: readonly number[]): { best: number; top: number; runnerUp: number; second: number } {
  let best = among[0];
  let runnerUp = among[1];
  if (scores[runnerUp] > scores[best]) [best, runnerUp] = [runnerUp, best];
  for (let k = 2; k < among.length; k++) {
    const i = among[k];
    if (scores[i] > scores[best]) {
      runnerUp = best;
      best = i;
    } else if (scores[i] > scores[runnerUp]) runnerUp = i;
  }
  return { best, top: scores[best], runnerUp, second: scores[runnerUp] };
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

function isDecisive(counts: Float64Array, seen: number): boolean {
  let top = 0;
  let second = 0;
  for (const i of RANKED_INDEXES) {
    const c = counts[i];
    if (c > top) {
      second = top;
      top = c;
    } else if (c > second) second = c;
  }
  return (top >= DECISIVE_SCORE && top >= DECISIVE_RATIO * second) || (seen >= DECISIVE_WORDS && top - second >= DECISIVE_MARGIN);
}

/** "nb 34 vs da 27": scores are halves, shown rounded (formatting fractions is slow on the hot path). */
const evidence = (best: string, top: number, runnerUp: string, second: number): string =>
  `${best} ${Math.round(top)} vs ${runnerUp} ${Math.round(second)}`;

const normalizeCode = (code: string): string => (code === 'no' ? 'nb' : code);

interface FunctionWordScores {
  /** Function words per language index, over the lines that vote. */
  scores: Float64Array;
  /** The same over every line scanned, boilerplate included. */
  all: Float64Array;
  /** Line ranges holding a boilerplate marker, in order. */
  boilerplate: Array<[start: number, end: number]>;
}

/**
 * One pass of the matcher over the first SCAN_LIMIT characters. Counts go straight into the
 * total; a line keeps its own as well, to take them back out when a boilerplate marker shows up
 * in it. The scan stops once the total is decisive.
 */
// Scratch for one line's counts, reused: the detector is synchronous and allocation shows up
// at a few µs per call.
const line = new Float64Array(LANGUAGES.length);

function scoreLines(text: string): FunctionWordScores {
  const kept = new Float64Array(LANGUAGES.length);
  const all = new Float64Array(LANGUAGES.length);
  line.fill(0);
  const boilerplate: Array<[number, number]> = [];
  let seen = 0;
  let lineSeen = 0;
  let lineIsBoilerplate = false;
  let lineEnd = text.indexOf('\n');
  if (lineEnd < 0) lineEnd = text.length;
  matcher.visit(text, SCAN_LIMIT, (lang, end) => {
    if (end > lineEnd) {
      if (lineSeen > 0) line.fill(0);
      lineSeen = 0;
      lineIsBoilerplate = false;
      lineEnd = text.indexOf('\n', end);
      if (lineEnd < 0) lineEnd = text.length;
    }
    if (lang === BOILERPLATE) {
      if (!lineIsBoilerplate) {
        lineIsBoilerplate = true;
        boilerplate.push([text.lastIndexOf('\n', end - 1) + 1, lineEnd]);
        for (let i = 0; i < line.length; i++) kept[i] -= line[i];
        seen -= lineSeen;
      }
      return false;
    }
    all[lang]++;
    if (lineIsBoilerplate) return false;
    line[lang]++;
    kept[lang]++;
    lineSeen++;
    return ++seen % 8 === 0 && isDecisive(kept, seen);
  });
  return { scores: kept, all, boilerplate };
}

/** The text minus its boilerplate lines, within the scanned part. */
function proseRanges(text: string, boilerplate: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const [start, end] of boilerplate) {
    if (start > from) ranges.push([from, start]);
    from = end;
  }
  const limit = Math.min(text.length, SCAN_LIMIT);
  if (from < limit) ranges.push([from, limit]);
  return ranges;
}

/** Detects the language of `text` (title and description together work best). */
export function detectLanguage(text: string): LanguageDetection {
  if (typeof text !== 'string' || text.trim() === '') {
    return { language: null, explanation: [{ field: 'language', rule: 'no-text' }] };
  }
  const scripts = countScripts(text, SCRIPT_LIMIT);
  const letters = scripts.latin + scripts.greek + scripts.cyrillic;
  if (letters === 0) {
    return { language: null, explanation: [{ field: 'language', rule: 'no-letters' }] };
  }

  if (scripts.greek >= 0.4 * letters) {
    return { language: 'el', explanation: [{ field: 'language', rule: 'script', evidence: 'Greek' }] };
  }

  const lines = scoreLines(text);
  // Built only off the common path: it costs a few regex passes.
  let prose: string | undefined;
  const proseWords = (): number => countWords((prose ??= proseOf(text, proseRanges(text, lines.boilerplate), FALLBACK_LIMIT)), FALLBACK_LIMIT);
  // Boilerplate votes only when the rest is thin (a cookie banner around a title): then it is
  // the best evidence there is.
  const thin = lines.boilerplate.length > 0 && topTwo(lines.scores, RANKED_INDEXES).top < MIN_SCORE && proseWords() < FALLBACK_MIN_WORDS;
  const scores = thin ? lines.all : lines.scores;
  // Signature letters count half a word each, and at most four words' worth.
  for (let i = 0; i < scores.length; i++) scores[i] += Math.min(4, scripts.signatures[i] * 0.5);

  if (scripts.cyrillic >= 0.4 * letters) {
    const { best, top, second } = topTwo(scores, CYRILLIC_INDEXES);
    const language = top > second ? LANGUAGES[best] : 'ru';
    return { language, explanation: [{ field: 'language', rule: 'script', evidence: 'Cyrillic' }] };
  }

  const ranking = topTwo(scores, RANKED_INDEXES);
  const { top, second } = ranking;
  const best = LANGUAGES[ranking.best];
  const runnerUp = LANGUAGES[ranking.runnerUp];
  if (top >= MIN_SCORE && (top >= MIN_RATIO * second || top - second >= MIN_MARGIN)) {
    return {
      language: best,
      explanation: [{ field: 'language', rule: 'function-words', evidence: evidence(best, top, runnerUp, second) }],
    };
  }
  // tinyld guesses wildly on a few words ("Pricing Analyst" → lt), so it only gets real prose.
  if (proseWords() >= FALLBACK_MIN_WORDS) {
    const guess = normalizeCode(tinyld(prose!));
    if (guess) {
      return {
        language: guess,
        explanation: [{ field: 'language', rule: 'tinyld-fallback', evidence: `function words too close: ${evidence(best, top, runnerUp, second)}` }],
      };
    }
  }
  if (top > second) {
    return { language: best, explanation: [{ field: 'language', rule: 'function-words-weak', evidence: evidence(best, top, runnerUp, second) }] };
  }
  return { language: null, explanation: [{ field: 'language', rule: 'undecided', evidence: 'too little text to tell' }] };
}
