import { FoldMode, SEPARATOR, foldCode, foldText } from './fold';

// A multi-pattern phrase matcher: an Aho-Corasick automaton with dense transition rows for
// the shallow states and child lists plus failure links for the deep ones (see the layout note
// in compilePhraseMatcher).
//
// Why not one big regex: V8 regexes with hundreds of alternatives are slow on long inputs and
// easy to make backtrack; this automaton reads every input character exactly once, whatever
// the patterns or the input, so a 1 MB hostile string costs the same per character as prose.
//
// Pattern syntax (patterns are folded with the matcher's FoldMode, so write them naturally):
// - "customer service"   whole words only
// - "customer service*"  the last word may continue ("customer services")
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

/**
 * Called per match with its end (exclusive, in the raw input); returning true stops the scan
 * (e.g. once a language is certain). Starts are left to `scan`: computing them costs a store
 * per character, which counting callers do not need.
 */
export type MatchVisitor<T> = (value: T, end: number, pattern: string) => boolean | void;

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
  /** Symbols of the pattern without its boundary spaces. */
  coreLength: number;
  rightBoundary: boolean;
}

const OTHER = 1;
const UNSET = 255;
/**
 * Dense transition rows: at most this many, for states at most this deep. The role lexicon
 * (about 1 900 phrases in nine languages) has some 1 650 states within five symbols of the
 * root; a budget below that drops it to four dense levels and costs it a few % of its scan.
 */
const DENSE_ROW_BUDGET = 2048;
const MAX_DENSE_DEPTH = 6;

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
      compiled = { values: [], pattern: raw, coreLength: core.length, rightBoundary: !rightFree };
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

  // Trie, then failure links by breadth-first search.
  const children: Map<number, number>[] = [new Map()];
  const depth: number[] = [0];
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
        depth.push(depth[state] + 1);
        own.push([]);
        children[state].set(sym, next);
      }
      state = next;
    }
    own[state].push(index);
  });
  const stateCount = children.length;
  // Renumber the states breadth-first, so that depth never decreases with the id: the dense
  // states below are then simply the ids under `denseCount`.
  const order: number[] = [0];
  for (let head = 0; head < order.length; head++) for (const child of children[order[head]].values()) order.push(child);
  const id = new Int32Array(stateCount);
  order.forEach((old, index) => (id[old] = index));
  const kids = order.map((old) => new Map([...children[old]].map(([sym, child]) => [sym, id[child]])));
  const ends = order.map((old) => own[old]);
  const level = order.map((old) => depth[old]);

  const fail = new Int32Array(stateCount);
  const dictLink = new Int32Array(stateCount).fill(-1);
  for (let state = 0; state < stateCount; state++) {
    for (const [sym, child] of kids[state]) {
      if (state !== 0) {
        let f = fail[state];
        while (f !== 0 && !kids[f].has(sym)) f = fail[f];
        fail[child] = kids[f].get(sym) ?? 0;
      }
      const f = fail[child];
      dictLink[child] = ends[f].length > 0 ? f : dictLink[f];
    }
  }
  const emits = (s: number): boolean => ends[s].length > 0 || dictLink[s] !== -1;
  // A transition stores the target state, negated when the target ends a pattern (the root
  // never does, so no state is -0): the scan tests the sign instead of loading a flag.
  const encode = (s: number): number => (emits(s) ? -s : s);

  // Memory layout, chosen for the cache: the text keeps the automaton near the root, so the
  // shallow states get dense rows (a full transition per symbol, one load per character) and
  // the deep ones a short child list plus their failure link. A dense table for every state
  // would take megabytes and, between the other detectors of a posting, miss the cache on
  // most characters.
  let denseCount = 1;
  for (let d = 1; d <= MAX_DENSE_DEPTH; d++) {
    const rows = level.filter((x) => x <= d).length;
    if (rows > DENSE_ROW_BUDGET) break;
    denseCount = rows;
  }
  // 16-bit entries when the state ids fit (they do for every lexicon of the taxonomy): half the bytes.
  const Entries = stateCount < 0x8000 ? Int16Array : Int32Array;
  const dense = new Entries(denseCount * alphabet);
  for (let state = 0; state < denseCount; state++) {
    for (let a = 0; a < alphabet; a++) {
      const child = kids[state].get(a);
      // Failure states are shallower, hence dense and already filled.
      dense[state * alphabet + a] = child !== undefined ? encode(child) : state === 0 ? 0 : dense[fail[state] * alphabet + a];
    }
  }
  const firstChild = new Int32Array(stateCount + 1);
  const childSym = new Uint8Array(stateCount);
  const childNext = new Entries(stateCount);
  let k = 0;
  for (let state = 0; state < stateCount; state++) {
    firstChild[state] = k;
    if (state < denseCount) continue;
    for (const [sym, child] of kids[state]) {
      childSym[k] = sym;
      childNext[k] = encode(child);
      k++;
    }
  }
  firstChild[stateCount] = k;

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

  /** The scan proper: calls `onPattern` for each pattern occurrence; true from it stops. */
  function run(text: string, maxChars: number, onPattern: (p: CompiledPattern<T>, stop: number) => boolean): void {
    if (typeof text !== 'string' || text.length === 0) return;
    const end = Math.min(text.length, maxChars);
    let lastWasSeparator = true;
    // Raw index of the symbol read last and of the one before: a pattern that ends with a
    // boundary completes on the separator after its last letter.
    let previousRaw = -1;

    /** Reports the patterns ending at state `at`; true when the visitor asked to stop. */
    const report = (at: number, lastRaw: number, beforeRaw: number): boolean => {
      for (let s = ends[at].length > 0 ? at : dictLink[at]; s !== -1; s = dictLink[s]) {
        for (const index of ends[s]) {
          const p = patterns[index];
          if (onPattern(p, (p.rightBoundary ? beforeRaw : lastRaw) + 1)) return true;
        }
      }
      return false;
    };

    /** The state after reading `sym` in `state`: a dense row, or the child list then the failure link. */
    const step = (state: number, sym: number): number => {
      for (let st = state; ; st = fail[st]) {
        if (st < denseCount) return dense[st * alphabet + sym];
        const last = firstChild[st + 1];
        for (let k = firstChild[st]; k < last; k++) if (childSym[k] === sym) return childNext[k];
      }
    };

    // A virtual separator before the text and after it gives boundaries at both ends. The
    // loop is written out by hand: it is the hot path of tagging.
    const table = symbolTable;
    let state = step(0, 0);
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
      if (state < denseCount) state = dense[state * alphabet + sym];
      else {
        // Deep states mostly have one child: test the list here, fall back through the link.
        let k = firstChild[state];
        const last = firstChild[state + 1];
        while (k < last && childSym[k] !== sym) k++;
        state = k < last ? childNext[k] : step(fail[state], sym);
      }
      if (state < 0) {
        state = -state;
        if (report(state, i, previousRaw)) return;
      }
      previousRaw = i;
    }
    if (!lastWasSeparator) {
      state = step(state, 0);
      if (state < 0) report(-state, end, previousRaw);
    }
  }

  /** Where a match ending at `end` starts: walks back over its symbols (separator runs count once). */
  function startOf(text: string, end: number, coreLength: number): number {
    let remaining = coreLength;
    let inSeparator = false;
    for (let i = end - 1; i >= 0; i--) {
      if (symbolFor(text.charCodeAt(i)) === 0) {
        if (!inSeparator) remaining--;
        inSeparator = true;
      } else {
        inSeparator = false;
        if (--remaining === 0) return i;
      }
    }
    return 0;
  }

  function visit(text: string, maxChars: number, onMatch: MatchVisitor<T>): void {
    run(text, maxChars, (p, stop) => {
      for (const value of p.values) if (onMatch(value, stop, p.pattern) === true) return true;
      return false;
    });
  }

  function scan(text: string, maxChars = Infinity): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    run(text, maxChars, (p, stop) => {
      const start = startOf(text, stop, p.coreLength);
      for (const value of p.values) matches.push({ value, pattern: p.pattern, start, end: stop });
      return false;
    });
    return matches;
  }

  return { scan, visit: (text, maxChars, onMatch) => visit(text, maxChars ?? Infinity, onMatch), patternCount: patterns.length };
}
