import { FoldMode, SEPARATOR, foldCode, foldText } from './fold';

// A multi-pattern phrase matcher: an Aho-Corasick automaton compiled to a dense DFA table.
//
// Why not one big regex: V8 regexes with hundreds of alternatives are slow on long inputs and
// easy to make backtrack; this automaton reads every input character exactly once, whatever
// the patterns or the input, so a 1 MB hostile string costs the same per character as prose.
//
// Pattern syntax (patterns are folded with the matcher's FoldMode, so write them naturally):
// - "customer service"   whole words only
// - "customer service*"  the last word may continue ("customer services", "kundeservice" ← "kundeservice*")
// - "*juht"              the first word may have a prefix (compounds: "kogukonnajuht")
// - "*kundesenter*"      anywhere inside words ("kundesenteret", "innkundesenter")
// Words are separated by single spaces after folding; punctuation and hyphens are boundaries,
// so "IT-tugi" is matched by "it tugi".

export interface PhraseMatch<T> {
  value: T;
  /** The pattern as written in the lexicon. */
  pattern: string;
  /** Start (inclusive) and end (exclusive) in the raw input, excluding boundary spaces. */
  start: number;
  end: number;
}

/** Called per match; returning true stops the scan (e.g. once a language is certain). */
export type MatchVisitor<T> = (value: T, start: number, end: number, pattern: string) => boolean | void;

export interface PhraseMatcher<T> {
  /** Every match in the first `maxChars` characters of `text`, in order of their end. */
  scan(text: string, maxChars?: number): PhraseMatch<T>[];
  /** Like `scan` without building the list: for counting on the hot path. */
  visit(text: string, maxChars: number | undefined, onMatch: MatchVisitor<T>): void;
  readonly patternCount: number;
}

interface CompiledPattern<T> {
  values: T[];
  pattern: string;
  length: number;
  leftBoundary: boolean;
  rightBoundary: boolean;
}

const OTHER = 1;
const UNSET = 255;

export function compilePhraseMatcher<T>(
  entries: Iterable<readonly [pattern: string, value: T]>,
  mode: FoldMode = 'base',
): PhraseMatcher<T> {
  const patterns: CompiledPattern<T>[] = [];
  const byKey = new Map<string, CompiledPattern<T>>();
  const symbolOf = new Map<number, number>([[SEPARATOR, 0]]);

  for (const [raw, value] of entries) {
    const leftFree = raw.startsWith('*');
    const rightFree = raw.endsWith('*') && raw.length > 1;
    const core = foldText(raw.replace(/^\*|\*$/g, ''), mode);
    if (core === '') throw new Error(`phrase pattern "${raw}" has no letters or digits`);
    const key = (leftFree ? '' : ' ') + core + (rightFree ? '' : ' ');
    let compiled = byKey.get(key);
    if (!compiled) {
      compiled = { values: [], pattern: raw, length: key.length, leftBoundary: !leftFree, rightBoundary: !rightFree };
      byKey.set(key, compiled);
      patterns.push(compiled);
    }
    compiled.values.push(value);
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (!symbolOf.has(c)) symbolOf.set(c, symbolOf.size + 1);
    }
  }
  if (symbolOf.size + 1 >= UNSET) throw new Error('phrase matcher alphabet is too large');
  const alphabet = symbolOf.size + 1;

  // Trie, then failure links by breadth-first search, then the dense transition table.
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  const keys = [...byKey.keys()];
  keys.forEach((key, index) => {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const sym = symbolOf.get(key.charCodeAt(i))!;
      let next = children[state].get(sym);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[state].set(sym, next);
      }
      state = next;
    }
    own[state].push(index);
  });

  const stateCount = children.length;
  const delta = new Int32Array(stateCount * alphabet);
  const fail = new Int32Array(stateCount);
  const dictLink = new Int32Array(stateCount).fill(-1);
  const queue: number[] = [];
  for (let a = 0; a < alphabet; a++) {
    const child = children[0].get(a);
    if (child !== undefined) {
      delta[a] = child;
      queue.push(child);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const f = fail[state];
    dictLink[state] = own[f].length > 0 ? f : dictLink[f];
    for (let a = 0; a < alphabet; a++) {
      const child = children[state].get(a);
      if (child !== undefined) {
        fail[child] = delta[f * alphabet + a];
        delta[state * alphabet + a] = child;
        queue.push(child);
      } else {
        delta[state * alphabet + a] = delta[f * alphabet + a];
      }
    }
  }
  // Premultiply (a state is the offset of its row) and negate the states that end a pattern:
  // the scan then moves with one load per character and tests the sign. The root (offset 0)
  // never ends a pattern, so no state is -0.
  const emits = (s: number): boolean => own[s].length > 0 || dictLink[s] !== -1;
  for (let i = 0; i < delta.length; i++) delta[i] = emits(delta[i]) ? -delta[i] * alphabet : delta[i] * alphabet;

  const symbolTable = new Uint8Array(65536).fill(UNSET);
  const symbolFor = (code: number): number => {
    let sym = symbolTable[code];
    if (sym === UNSET) {
      const folded = foldCode(code, mode);
      sym = folded === SEPARATOR ? 0 : (symbolOf.get(folded) ?? OTHER);
      symbolTable[code] = sym;
    }
    return sym;
  };

  let maxLength = 1;
  for (const p of patterns) maxLength = Math.max(maxLength, p.length);
  let ringSize = 1;
  while (ringSize <= maxLength + 1) ringSize <<= 1;
  const ringMask = ringSize - 1;

  function visit(text: string, maxChars: number, onMatch: MatchVisitor<T>): void {
    if (typeof text !== 'string' || text.length === 0) return;
    const end = Math.min(text.length, maxChars);
    // Raw index of each emitted symbol, to map match positions back to the input.
    const ring = new Int32Array(ringSize);
    let emitted = 0;
    let lastWasSeparator = true;

    /** Reports the patterns ending at state `at`; true when the visitor asked to stop. */
    const report = (at: number, lastEmitted: number): boolean => {
      for (let s = own[at].length > 0 ? at : dictLink[at]; s !== -1; s = dictLink[s]) {
        for (const index of own[s]) {
          const p = patterns[index];
          const first = lastEmitted - p.length + 1 + (p.leftBoundary ? 1 : 0);
          const last = lastEmitted - (p.rightBoundary ? 1 : 0);
          const start = ring[first & ringMask];
          const stop = ring[last & ringMask] + 1;
          for (const value of p.values) if (onMatch(value, start, stop, p.pattern) === true) return true;
        }
      }
      return false;
    };

    // A virtual separator before the text and after it gives boundaries at both ends. The
    // loop is written out by hand (no helper per character): it is the hot path of tagging.
    const table = symbolTable;
    const next = delta;
    ring[0] = -1;
    let row = next[0];
    emitted = 1;
    for (let i = 0; i < end; i++) {
      const code = text.charCodeAt(i);
      let sym = table[code];
      if (sym === UNSET) sym = symbolFor(code);
      if (sym === 0) {
        if (lastWasSeparator) continue;
        lastWasSeparator = true;
      } else {
        lastWasSeparator = false;
      }
      ring[emitted & ringMask] = i;
      row = next[row + sym];
      if (row < 0) {
        row = -row;
        if (report(row / alphabet, emitted)) return;
      }
      emitted++;
    }
    if (!lastWasSeparator) {
      ring[emitted & ringMask] = end;
      row = next[row];
      if (row < 0) report(-row / alphabet, emitted);
    }
  }

  function scan(text: string, maxChars = Infinity): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    visit(text, maxChars, (value, start, end, pattern) => {
      matches.push({ value, pattern, start, end });
    });
    return matches;
  }

  return { scan, visit: (text, maxChars, onMatch) => visit(text, maxChars ?? Infinity, onMatch), patternCount: patterns.length };
}
