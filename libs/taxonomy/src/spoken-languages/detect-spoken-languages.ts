import { wordAt, wordIndex, type TriggerHit, type WordIndex } from '../location/word-index';
import type { Explanation } from '../types';
import { LANGUAGE_TRIGGERS, type FormKind } from './language-names';
import { ADJACENT_WORDS_MATCHER, REQUIREMENT_WORDS, type RequirementWord } from './requirement-words';

/** Language requirements sit in the profile section; a megabyte of page is not read. */
const MAX_TEXT_CHARS = 20_000;
const MAX_MENTIONS = 60;
const MAX_REQUIREMENT_WORDS = 400;

/** Letters that may follow a language name and still make it one ("norsktalende", "Englischkenntnisse"). */
const COMPOUND_RE = /^(?:talende|talande|speaking|speakers?|sprachig\p{L}*|kenntniss\p{L}*|kielinen|språklig\p{L}*|språkig\p{L}*|sprogede?)$/u;
const HYPHEN_COMPOUND_RE = /^-\s*(?:speaking|speakers?|language|talende|talande|sprachig|(?:und|and|og|och|oraz|i|ja|και)\s)/u;
const GREEK_PLURAL_ENDING_RE = /^(?:ά|α|ών|ων)$/u;
const GREEK_OTHER_ENDING_RE = /^(?:ή|η|ής|ης|ός|ος|ού|ου|ό|ο)$/u;
/** Estonian/Finnish genitives count only before the word for "language", possibly via a list. */
const KEEL_AFTER_RE = /^(?:\s*(?:,|ja|või|ning|and)\s*\p{L}+){0,4}\s+keel/u;
const KIEL_AFTER_RE = /^(?:\s*(?:,|ja|tai|sekä)\s*\p{L}+){0,4}\s+kiel/u;
/** German language nouns are capitalised; "Deutsch" alone is the language. */
const GERMAN_NOUN_RE = /^(?:Deutsch|\p{Lu}\p{Ll}+isch)$/u;
/** A plain language name before one of these is a nationality or a market ("German customers", "svenska kunder"). */
const NOT_A_LANGUAGE_NEXT_RE =
  /^\s+(?:customers?|clients?|consumers?|users?|market|markets|company|companies|teams?|offices?|citizens?|nationals?|residents?|law|brands?|banks?|partners?|subsidiary|kunder|kundene|kunderna|klienter|marknaden|markedet|firma|företag|bedrifter|kunden|märkte|markt|unternehmen|firmy|klienci|rynek|asiakkaat|markkinat)(?![\p{L}])/u;
const COORDINATION_RE = /^\s*(?:,|and|or|og|eller|och|i|oraz|lub|albo|ja|tai|sekä|või|ning|und|oder|και|ή|&|\/)?\s*$/u;
const AND_RE = /\s(?:and|og|och|i|oraz|ja|sekä|ning|und|και)\s/u;

const isSentenceBreak = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x2022 || c === 0x387 || c === 0xb7;
const isClauseBreak = (c: number): boolean => isSentenceBreak(c) || c === 0x2c;

function boundsAround(text: string, start: number, end: number, reach: number, isBreak: (c: number) => boolean): [number, number] {
  let from = start;
  const minFrom = Math.max(0, start - reach);
  while (from > minFrom && !isBreak(text.charCodeAt(from - 1))) from -= 1;
  if (end === start) return [from, end];
  let to = end;
  const maxTo = Math.min(text.length, end + reach);
  while (to < maxTo && !isBreak(text.charCodeAt(to))) to += 1;
  return [from, to];
}

/** How this occurrence must be read, or null when it is not a language name here ("Germany", "norske"). */
function readingOf(original: string, index: WordIndex, hit: TriggerHit<{ form: string; kind: FormKind }>): FormKind | null {
  const { form, kind } = hit.value;
  const continuation = index.lower.slice(hit.start + form.length, hit.end);
  if (kind === 'greek') {
    if (GREEK_PLURAL_ENDING_RE.test(continuation)) return 'self';
    return GREEK_OTHER_ENDING_RE.test(continuation) ? 'cue' : null;
  }
  if (continuation !== '') return COMPOUND_RE.test(continuation) ? 'self' : null;
  if (HYPHEN_COMPOUND_RE.test(index.lower.slice(hit.end, hit.end + 24))) return 'self';
  if (kind === 'cue' && GERMAN_NOUN_RE.test(original.slice(hit.start, hit.end))) return 'self';
  return kind;
}

function anyIn(hits: TriggerHit<RequirementWord>[], value: RequirementWord, from: number, to: number): boolean {
  for (const h of hits) if (h.value === value && h.start >= from && h.start < to) return true;
  return false;
}

/**
 * ISO 639-1 codes of the languages a posting requires speaking, in order of mention:
 * "Norwegian and English required" → ["nb", "en"], "biegła znajomość języka niemieckiego" → ["de"].
 * A language that is only an advantage is left out. Never throws.
 */
export function detectSpokenLanguages(text: string): { languages: string[]; explanation: Explanation[] } {
  const explanation: Explanation[] = [];
  if (typeof text !== 'string' || text === '') return { languages: [], explanation };
  const index = wordIndex(text, MAX_TEXT_CHARS);
  const mentions = LANGUAGE_TRIGGERS.find(index, MAX_MENTIONS);
  if (mentions.length === 0) return { languages: [], explanation };
  const t = index.lower;
  // Requirement words matter only in the sentences around the mentions.
  const first = wordAt(index, mentions[0].start - 200);
  const last = wordAt(index, mentions[mentions.length - 1].end + 200);
  const words = REQUIREMENT_WORDS.find(index, MAX_REQUIREMENT_WORDS, first, last);
  const required: string[] = [];
  // A language called optional stays optional for the rest of its sentence
  // ("Ruotsin kielen taito on eduksi, sillä palvelemme ruotsinkielisiä käyttäjiä").
  const optionalIn = new Map<string, number>();
  let previous: { end: number; accepted: boolean } | null = null;
  for (const hit of mentions) {
    const reading = readingOf(text, index, hit);
    let accepted = false;
    if (reading === 'self') accepted = true;
    else if (reading === 'keel') accepted = KEEL_AFTER_RE.test(t.slice(hit.end, hit.end + 80));
    else if (reading === 'kiel') accepted = KIEL_AFTER_RE.test(t.slice(hit.end, hit.end + 80));
    else if (reading === 'cue' && !NOT_A_LANGUAGE_NEXT_RE.test(t.slice(hit.end, hit.end + 24))) {
      accepted =
        ADJACENT_WORDS_MATCHER.find(index, 1, Math.max(0, hit.word - 2), hit.word).length > 0 ||
        (previous !== null && previous.accepted && COORDINATION_RE.test(t.slice(previous.end, hit.start)));
      if (!accepted) {
        const [from, to] = boundsAround(t, hit.start, hit.end, 200, isSentenceBreak);
        accepted = anyIn(words, 'cue', from, to);
      }
    }
    previous = { end: hit.end, accepted };
    if (!accepted) continue;
    const { iso } = hit.value;
    const sentenceStart = boundsAround(t, hit.start, hit.start, 200, isSentenceBreak)[0];
    if (optionalIn.get(iso) === sentenceStart) continue;
    // The mention's own clause: from the last comma before it to the next comma or "and".
    const [clauseStart, clauseLimit] = boundsAround(t, hit.start, hit.end, 60, isClauseBreak);
    const and = AND_RE.exec(t.slice(hit.end, clauseLimit));
    const clauseEnd = and ? hit.end + and.index : clauseLimit;
    if (anyIn(words, 'optional', clauseStart, clauseEnd)) {
      optionalIn.set(iso, sentenceStart);
      explanation.push({ field: 'spokenLanguages', rule: 'spokenLanguages.optional', evidence: t.slice(clauseStart, clauseEnd).trim().slice(0, 80) });
      continue;
    }
    if (!required.includes(iso)) {
      required.push(iso);
      explanation.push({ field: 'spokenLanguages', rule: `spokenLanguages.${reading}`, evidence: t.slice(hit.start, hit.end) });
    }
  }
  return { languages: required, explanation };
}
