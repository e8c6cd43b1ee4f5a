// Employer names prepared for matching: folded words and their concatenation, so that
// "J.P. Morgan", "JP Morgan" and "JPMorgan" (or "Delta Airlines" and "Delta Air Lines") meet.
import { foldWords } from '../location/fold-text';
import type { EmployerEntry } from '../types';
import { cleanName } from './employer-name';
import { stripLegalForms } from './legal-forms';

export type PatternKind = 'canonical' | 'alias' | 'misspelling' | 'lookalike';

export interface EmployerPattern {
  canonical: string;
  kind: PatternKind;
  /** The name as the data file spells it, legal forms removed: the official spelling. */
  official: string;
  /** Folded words without "and"/"&" and without a leading "the". */
  words: string[];
  compact: string;
  /** Same, keeping a leading "the" (to tell "Home Depot" from "The Home Depot" for display). */
  compactWithThe: string;
  /**
   * A one-word name that is also an ordinary word or begins a look-alike ("Apple", "Delta", a
   * mistranslation such as "Jabłko"): it matches only when the rest of the name reads as a branch.
   */
  weak: boolean;
}

export interface PreparedName {
  words: string[];
  compact: string;
  compactWithThe: string;
  /** Offsets in `compact` where a word starts or ends. */
  boundaries: Set<number>;
}

export function prepareName(raw: string): PreparedName {
  return prepareStripped(stripLegalForms(cleanName(raw)));
}

/** Same as prepareName for a name already cleaned and stripped of legal forms. */
export function prepareStripped(stripped: string): PreparedName {
  const all = foldWords(stripped).filter((w) => w !== 'and');
  const compactWithThe = all.join('');
  const words = all.length > 1 && all[0] === 'the' ? all.slice(1) : all;
  const boundaries = new Set<number>([0]);
  let offset = 0;
  for (const w of words) {
    offset += w.length;
    boundaries.add(offset);
  }
  return { words, compact: words.join(''), compactWithThe, boundaries };
}

function pattern(canonical: string, kind: PatternKind, name: string): Omit<EmployerPattern, 'weak'> | null {
  if (typeof name !== 'string') return null;
  const prepared = prepareName(name);
  if (prepared.compact === '') return null;
  return {
    canonical,
    kind,
    official: stripLegalForms(cleanName(name)),
    words: prepared.words,
    compact: prepared.compact,
    compactWithThe: prepared.compactWithThe,
  };
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

/** Every name of every entry, canonical names first so that they win ties for display. */
export function buildPatterns(entries: readonly EmployerEntry[]): EmployerPattern[] {
  const draft: Omit<EmployerPattern, 'weak'>[] = [];
  const valid = entries.filter((e) => e && typeof e.canonical === 'string' && e.canonical.trim() !== '');
  for (const e of valid) {
    const p = pattern(e.canonical, 'canonical', e.canonical);
    if (p) draft.push(p);
  }
  for (const e of valid) {
    const misspelt = new Set(asList(e.misspellings).map((m) => prepareName(m).compact));
    for (const a of asList(e.aliases)) {
      const p = pattern(e.canonical, misspelt.has(prepareName(a).compact) ? 'misspelling' : 'alias', a);
      if (p) draft.push(p);
    }
    for (const m of asList(e.misspellings)) {
      const p = pattern(e.canonical, 'misspelling', m);
      if (p) draft.push(p);
    }
    for (const l of asList(e.lookalikes)) {
      const p = pattern(e.canonical, 'lookalike', l);
      if (p) draft.push(p);
    }
  }
  // A look-alike that reads exactly like one of the employer's own names (after legal forms are
  // removed, "Chase Corporation" is "Chase") would veto the employer itself: the alias wins.
  const ownNames = new Set(draft.filter((p) => p.kind !== 'lookalike').map((p) => p.compact));
  const usable = draft.filter((p) => p.kind !== 'lookalike' || !ownNames.has(p.compact));
  const lookalikeHeads = new Set(usable.filter((p) => p.kind === 'lookalike').map((p) => p.words[0]));
  return usable.map((p) => ({
    ...p,
    weak: p.kind !== 'lookalike' && p.words.length === 1 && (p.kind === 'misspelling' || lookalikeHeads.has(p.words[0])),
  }));
}
