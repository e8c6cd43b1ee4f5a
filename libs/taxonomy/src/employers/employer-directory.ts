import { isFoldedPlaceName } from '../location/gazetteer';
import type { EmployerDirectory, EmployerEntry, EmployerTag, Explanation } from '../types';
import { cleanName, keyOfStripped, restoreCasing } from './employer-name';
import { buildPatterns, prepareName, prepareStripped, type EmployerPattern, type PreparedName } from './employer-patterns';
import { stripLegalForms } from './legal-forms';

/**
 * Words that may follow a one-word brand in a branch's name ("Apple Retail Germany", "Hilton
 * Tallinn Park", "Chase Bank") without making it another company. Places come from the gazetteer.
 */
const BRANCH_WORDS = new Set([
  'services', 'service', 'group', 'grupa', 'gruppe', 'holdings', 'holding', 'international', 'intl', 'company',
  'europe', 'european', 'emea', 'eu', 'global', 'worldwide', 'retail', 'store', 'stores', 'shop', 'distribution',
  'operations', 'sales', 'logistics', 'fulfillment', 'fulfilment', 'center', 'centre', 'centrum', 'keskus',
  'senter', 'sentrum', 'bank', 'card', 'cards', 'payments', 'payment', 'digital', 'online', 'com', 'usa', 'us',
  'uk', 'hotel', 'hotels', 'resort', 'resorts', 'spa', 'suites', 'inn', 'park', 'plaza', 'airport', 'city',
  'downtown', 'conference', 'convention', 'garden', 'gardens', 'tower', 'towers', 'hq', 'headquarters', 'office',
  'branch', 'oddzial', 'filial', 'polska', 'norge', 'eesti', 'suomi', 'sverige', 'danmark', 'deutschland',
  'hellas', 'ellas', 'nordic', 'baltic', 'baltics', 'reservations', 'customer', 'care', 'support', 'contact',
  'east', 'west', 'north', 'south', 'central', 'the', 'of', 'at', 'in', 'by',
]);
const MAX_PLACE_WORDS = 3;
/** Recent names only: a crawl repeats its source's few employers; thousands of one-off names should not pile up. */
const MEMO_SIZE = 1_000;

interface Hit {
  pattern: EmployerPattern;
  start: number;
  end: number;
}

/**
 * Whether words[from..] read as a branch: generic words, numbers and place names only, or a place
 * first and then the branch's own name ("Hilton Helsinki Strand", "Apple Retail Germany").
 */
function isBranchRemainder(words: string[], from: number): boolean {
  if (from < words.length && placeLength(words, from) > 0) return true;
  let i = from;
  while (i < words.length) {
    if (BRANCH_WORDS.has(words[i]) || /^\d+$/.test(words[i])) {
      i += 1;
      continue;
    }
    const place = placeLength(words, i);
    if (place === 0) return false;
    i += place;
  }
  return true;
}

/** How many words starting at `i` name a place (0 when none). */
function placeLength(words: string[], i: number): number {
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - i); n >= 1; n -= 1) {
    if (isFoldedPlaceName(words.slice(i, i + n).join(' '))) return n;
  }
  return 0;
}

function wordsCovered(name: PreparedName, end: number): number {
  let offset = 0;
  for (let i = 0; i < name.words.length; i += 1) {
    offset += name.words[i].length;
    if (offset === end) return i + 1;
  }
  return name.words.length;
}

class PreparedDirectory implements EmployerDirectory {
  private readonly patterns: EmployerPattern[];
  /** Patterns by the first two letters of their compact form (one letter for one-letter names). */
  private readonly byHead = new Map<string, EmployerPattern[]>();
  private readonly byFullName = new Map<string, EmployerPattern[]>();
  private readonly memo = new Map<string, { tag: EmployerTag; explanation: Explanation[] }>();

  constructor(readonly entries: readonly EmployerEntry[]) {
    this.patterns = buildPatterns(entries);
    for (const p of this.patterns) {
      const head = p.compact.slice(0, 2);
      (this.byHead.get(head) ?? this.byHead.set(head, []).get(head)!).push(p);
      (this.byFullName.get(p.compactWithThe) ?? this.byFullName.set(p.compactWithThe, []).get(p.compactWithThe)!).push(p);
    }
  }

  match(raw: string): { tag: EmployerTag; explanation: Explanation[] } {
    const key = typeof raw === 'string' ? raw : '';
    let result = this.memo.get(key);
    if (!result) {
      result = this.matchUncached(key);
      // Sources repeat their employer on every posting: remember recent names, within a bound.
      if (this.memo.size >= MEMO_SIZE) this.memo.clear();
      this.memo.set(key, result);
    }
    // The tag is copied because callers own it; explanation entries are shared and never changed here.
    return { tag: { ...result.tag }, explanation: result.explanation.slice() };
  }

  private matchUncached(raw: string): { tag: EmployerTag; explanation: Explanation[] } {
    const explanation: Explanation[] = [];
    const name = cleanName(raw);
    const base = stripLegalForms(name);
    const prepared = prepareStripped(base);
    if (prepared.compact === '') {
      explanation.push({ field: 'employer', rule: 'employer.empty' });
      return { tag: { canonical: null, display: name, key: '' }, explanation };
    }
    const hits = this.findHits(prepared);
    const best = hits
      .filter((h) => h.pattern.kind !== 'lookalike')
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0];
    let canonical: string | null = null;
    if (best) {
      const veto = hits.find(
        (h) => h.pattern.kind === 'lookalike' && h.start < best.end && best.start < h.end && h.end - h.start >= best.end - best.start,
      );
      if (veto) {
        explanation.push({ field: 'employer', rule: 'employer.lookalike', evidence: veto.pattern.official });
      } else {
        canonical = best.pattern.canonical;
        const rule = best.pattern.kind === 'misspelling' ? 'employer.misspelling' : 'employer.alias';
        explanation.push({ field: 'employer', rule, evidence: best.pattern.official });
      }
    } else {
      const lookalike = hits.find((h) => h.pattern.kind === 'lookalike');
      explanation.push(
        lookalike
          ? { field: 'employer', rule: 'employer.lookalike', evidence: lookalike.pattern.official }
          : { field: 'employer', rule: 'employer.no-match' },
      );
    }
    const display = this.display(base, prepared, explanation);
    return { tag: { canonical, display, key: keyOfStripped(display) }, explanation };
  }

  private findHits(name: PreparedName): Hit[] {
    const hits: Hit[] = [];
    for (const start of name.boundaries) {
      if (start >= name.compact.length) continue;
      for (const head of [name.compact.slice(start, start + 2), name.compact.charAt(start)]) {
        for (const p of this.byHead.get(head) ?? []) {
          if (p.compact.length < head.length && head.length === 2) continue;
          if (!name.compact.startsWith(p.compact, start)) continue;
          const end = start + p.compact.length;
          if (!name.boundaries.has(end)) continue;
          // One-word names must open the employer's name ("Chase", not "Paper Chase").
          if (p.words.length === 1 && start !== 0) continue;
          if (p.weak && !isBranchRemainder(name.words, wordsCovered(name, end))) continue;
          hits.push({ pattern: p, start, end });
        }
      }
    }
    return hits;
  }

  /** Raw name minus legal forms; a known name written differently takes its official spelling. */
  private display(base: string, prepared: PreparedName, explanation: Explanation[]): string {
    const same = this.byFullName.get(prepared.compactWithThe);
    if (same && same.length > 0) {
      const asWritten = same.find((p) => p.kind !== 'misspelling' && p.official.toLowerCase() === base.toLowerCase());
      const corrected = same.find((p) => p.kind === 'canonical' || p.kind === 'misspelling');
      const chosen = asWritten ? asWritten.official : corrected ? corrected.canonical : same[0].official;
      if (chosen !== base) explanation.push({ field: 'employer', rule: 'employer.official-spelling', evidence: chosen });
      return chosen;
    }
    return restoreCasing(this.officialPrefix(base));
  }

  /** "AMAZONEN-WERKE H. Dreyer" → "Amazonen-Werke H. Dreyer": a shouted known name at the start. */
  private officialPrefix(base: string): string {
    const words = base.split(' ');
    for (let k = Math.min(4, words.length - 1); k >= 1; k -= 1) {
      const head = words.slice(0, k).join(' ');
      if (head !== head.toLocaleUpperCase() || head === head.toLocaleLowerCase()) continue;
      const known = this.byFullName.get(prepareName(head).compactWithThe);
      const official = known?.find((p) => p.kind !== 'misspelling')?.official;
      if (official) return [official, ...words.slice(k)].join(' ');
    }
    return base;
  }
}

/** A matcher over `entries` (the data file or the database's aliases), prepared once. */
export function buildEmployerDirectory(entries: EmployerEntry[]): EmployerDirectory {
  return new PreparedDirectory(Array.isArray(entries) ? entries : []);
}
