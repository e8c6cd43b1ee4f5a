import type { Explanation, Seniority } from '../types';
import { SENIORITIES } from '../types';
import { cleanTitle, compilePhraseMatcher, selectLongest } from '../text';
import { TEXT_LEVEL_TERMS, TITLE_LEVEL_TERMS } from './seniority.lexicon';

// Seniority is read from the title: level phrases before level words, then the highest level
// found wins (director > manager > supervisor > team_leader > agent). Only when the title has
// no level word does the description speak ("leads a team of 12" → team_leader). The caller
// asks only for customer-service roles: negatives have no seniority.

const RANK: Record<Seniority, number> = { agent: 0, team_leader: 1, supervisor: 2, manager: 3, director: 4 };
const TEXT_LIMIT = 3000;

const entries = (terms: Readonly<Partial<Record<Seniority, readonly string[]>>>) =>
  SENIORITIES.flatMap((level) => (terms[level] ?? []).map((p) => [p, level] as const));

const titleMatcher = compilePhraseMatcher<Seniority>(entries(TITLE_LEVEL_TERMS));
const textMatcher = compilePhraseMatcher<Seniority>(entries(TEXT_LEVEL_TERMS));

export interface SeniorityDetection {
  seniority: Seniority;
  explanation: Explanation[];
}

export interface LevelPhrase {
  level: Seniority;
  text: string;
}

/**
 * `levelPhrases`, when given, are the description's level phrases already read (by
 * `classifyRoles`, which reads the description anyway); the description is then not scanned.
 */
export function detectSeniority(title: string, description = '', levelPhrases?: readonly LevelPhrase[]): SeniorityDetection {
  const cleaned = cleanTitle(typeof title === 'string' ? title : '');
  let best: { level: Seniority; text: string } | null = null;
  for (const m of selectLongest(titleMatcher.scan(cleaned))) {
    if (m.value === 'agent') continue;
    if (!best || RANK[m.value] > RANK[best.level]) best = { level: m.value, text: cleaned.slice(m.start, m.end) };
  }
  if (best) {
    return { seniority: best.level, explanation: [{ field: 'seniority', rule: 'title-level-word', evidence: `${best.text} → ${best.level}` }] };
  }

  let fromText: LevelPhrase | null = null;
  const text = typeof description === 'string' ? description : '';
  const phrases = levelPhrases ?? textMatcher.scan(text, TEXT_LIMIT).map((m) => ({ level: m.value, text: text.slice(m.start, m.end) }));
  for (const phrase of phrases) {
    if (!fromText || RANK[phrase.level] > RANK[fromText.level]) fromText = phrase;
  }
  if (fromText) {
    return {
      seniority: fromText.level,
      explanation: [{ field: 'seniority', rule: 'description-level-phrase', evidence: `${fromText.text} → ${fromText.level}` }],
    };
  }
  return { seniority: 'agent', explanation: [{ field: 'seniority', rule: 'no-level-word', evidence: 'agent' }] };
}
