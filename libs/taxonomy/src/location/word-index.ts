// One pass over a text finds where its words are; detectors then look words up by their first
// letters instead of running long regex alternations over the whole text (a regex with hundreds of
// alternatives costs several µs per kilobyte, a Map lookup per word a few ns).

export interface WordIndex {
  /** The text, lower-cased and cut to the bound. */
  lower: string;
  starts: Int32Array;
  ends: Int32Array;
  /** Bucket of each word (see bucketAt), computed once so that every matcher's lookup is one read. */
  buckets: Uint16Array;
  count: number;
}

/** Letters of the scripts we read (Latin with diacritics, Greek, Cyrillic), digits and combining marks. */
function classify(c: number): boolean {
  if (c < 0x61) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c <= 0x7a) return true;
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x370 && c <= 0x52f) return c !== 0x37e && c !== 0x387;
  return c >= 0x1e00 && c <= 0x1fff;
}
// One byte per UTF-16 code unit (64 KB): the hot loop then needs no range checks.
const WORD_TABLE = new Uint8Array(0x10000);
for (let c = 0; c < 0x2000; c += 1) WORD_TABLE[c] = classify(c) ? 1 : 0;

export function isWordCode(c: number): boolean {
  return WORD_TABLE[c] === 1;
}

/** The last few indexes: one posting's detectors read the same title and description in turn. */
const CACHE_SIZE = 4;
const cachedInputs: string[] = [];
const cachedMax: number[] = [];
const cachedIndexes: WordIndex[] = [];
let nextSlot = 0;

/** Word positions of `input` (first `max` characters), lower-cased; recent results are reused. */
export function wordIndex(input: string, max: number): WordIndex {
  for (let i = 0; i < cachedIndexes.length; i += 1) {
    if (cachedMax[i] === max && cachedInputs[i] === input) return cachedIndexes[i];
  }
  const index = buildIndex(input, max);
  cachedInputs[nextSlot] = input;
  cachedMax[nextSlot] = max;
  cachedIndexes[nextSlot] = index;
  nextSlot = (nextSlot + 1) % CACHE_SIZE;
  return index;
}

// Scratch space for word offsets, grown as needed and copied out at the exact size.
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);

function buildIndex(input: string, max: number): WordIndex {
  const lower = (input.length > max ? input.slice(0, max) : input).toLowerCase();
  const n = lower.length;
  if (scratchStarts.length < (n >> 1) + 2) {
    scratchStarts = new Int32Array((n >> 1) + 2);
    scratchEnds = new Int32Array((n >> 1) + 2);
  }
  const starts = scratchStarts;
  const ends = scratchEnds;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    while (WORD_TABLE[c] !== 1) {
      i += 1;
      if (i >= n) break;
      c = lower.charCodeAt(i);
    }
    if (i >= n) break;
    starts[count] = i;
    i += 1;
    while (i < n) {
      c = lower.charCodeAt(i);
      if (WORD_TABLE[c] !== 1) break;
      i += 1;
    }
    ends[count] = i;
    count += 1;
  }
  const buckets = new Uint16Array(count);
  for (let w = 0; w < count; w += 1) {
    const length = ends[w] - starts[w];
    buckets[w] = bucketAt(lower, starts[w], length < 3 ? length : 3);
  }
  return { lower, starts: starts.slice(0, count), ends: ends.slice(0, count), buckets, count };
}

export interface Trigger<T> {
  /** Lower-case words as they appear, single spaces between words ("work from home"). */
  term: string;
  value: T;
  /** The last word may go on ("hybrydow" matches "hybrydowa"). */
  stem?: boolean;
}

export interface TriggerHit<T> {
  value: T;
  start: number;
  end: number;
  /** Index of the first word of the hit. */
  word: number;
}

interface Entry<T> {
  term: string;
  value: T;
  stem: boolean;
}

const BUCKETS = 4096;
/** Bucket of a word by up to its first three letters; collisions are sorted out by startsWith. */
function bucketAt(text: string, start: number, length: number): number {
  const c0 = text.charCodeAt(start);
  const c1 = length > 1 ? text.charCodeAt(start + 1) : 0;
  const c2 = length > 2 ? text.charCodeAt(start + 2) : 0;
  return (c0 * 961 + c1 * 31 + c2) & (BUCKETS - 1);
}

/** Finds many words and phrases in a WordIndex with one Map lookup per word of the text. */
export class TriggerMatcher<T> {
  private readonly buckets: (Entry<T>[] | undefined)[] = new Array<Entry<T>[] | undefined>(BUCKETS);

  constructor(triggers: readonly Trigger<T>[]) {
    for (const t of triggers) {
      const term = t.term.toLowerCase();
      let firstWordLength = 0;
      while (firstWordLength < term.length && isWordCode(term.charCodeAt(firstWordLength))) firstWordLength += 1;
      if (firstWordLength === 0) continue;
      // Words are keyed by their first three letters (all of them when shorter), so a one-word
      // stem of one or two letters could not find longer words: such stems are not supported.
      if (t.stem && firstWordLength < 3 && term.length === firstWordLength) continue;
      const bucket = bucketAt(term, 0, Math.min(3, firstWordLength));
      const entry = { term, value: t.value, stem: t.stem === true };
      (this.buckets[bucket] ??= []).push(entry);
    }
    // Longest first, so "work from home" wins over "work".
    for (const list of this.buckets) list?.sort((a, b) => b.term.length - a.term.length);
  }

  /** Hits in text order; at most one per starting word (the longest), at most `limit`. */
  find(index: WordIndex, limit = 64, fromWord = 0, toWord = index.count): TriggerHit<T>[] {
    const out: TriggerHit<T>[] = [];
    const { lower, starts, buckets } = index;
    const last = Math.min(toWord, index.count);
    for (let w = Math.max(0, fromWord); w < last && out.length < limit; w += 1) {
      const list = this.buckets[buckets[w]];
      if (list === undefined) continue;
      const start = starts[w];
      for (const e of list) {
        if (!lower.startsWith(e.term, start)) continue;
        let end = start + e.term.length;
        if (e.stem) {
          while (end < lower.length && isWordCode(lower.charCodeAt(end))) end += 1;
        } else if (end < lower.length && isWordCode(lower.charCodeAt(end))) {
          continue;
        }
        out.push({ value: e.value, start, end, word: w });
        break;
      }
    }
    return out;
  }
}

/** Index of the first word starting at or after `offset` (binary search). */
export function wordAt(index: WordIndex, offset: number): number {
  let lo = 0;
  let hi = index.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
