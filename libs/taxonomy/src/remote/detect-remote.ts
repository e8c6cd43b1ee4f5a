import { wordIndex, type WordIndex } from '../location/word-index';
import { REMOTE_MODES, type Explanation, type RemoteMode } from '../types';
import { remoteCountries } from './remote-countries';
import {
  DESCRIPTION_TERMS,
  FLEXIBLE_RE,
  FULL_RE,
  HYBRID_FOLLOW_RE,
  HYBRID_PRECEDE_RE,
  LOCATION_TERMS,
  NOT_REMOTE_WORK_RE,
  PARTIAL_RE,
  POLISH_WORK_RE,
  REMOTE_AFTER_RE,
  REMOTE_BEFORE_RE,
  TITLE_MARK_RE,
  TITLE_TOOL_AFTER_RE,
} from './remote-patterns';

/** Work arrangements are stated near the top or in the offer; a megabyte of page is not read. */
const MAX_DESCRIPTION_CHARS = 20_000;
const MAX_FIELD_CHARS = 400;
const SENTENCE_REACH = 200;
const MAX_HITS = 40;

interface Finding {
  mode: RemoteMode;
  rule: string;
  evidence: string;
}

const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');
const isBreak = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x2022 || c === 0x387 || c === 0xb7;

/** The sentence around [start, end): up to sentence punctuation or SENTENCE_REACH characters away. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  const minFrom = Math.max(0, start - SENTENCE_REACH);
  // A full stop inside "p.m." or "3.5" does not end a sentence: require a space after it.
  while (from > minFrom && !(isBreak(text.charCodeAt(from - 1)) && (from === start || text.charCodeAt(from) === 0x20 || text.charCodeAt(from - 1) === 0x0a))) from -= 1;
  let to = end;
  const maxTo = Math.min(text.length, end + SENTENCE_REACH);
  while (to < maxTo && !(isBreak(text.charCodeAt(to)) && (to + 1 >= text.length || text.charCodeAt(to + 1) === 0x20 || text.charCodeAt(to) === 0x0a))) to += 1;
  return text.slice(from, to);
}

/** Reads one description: hybrid named outright, or remote words qualified by their sentence. */
function fromDescription(index: WordIndex): Finding | null {
  const text = index.lower;
  let fullRemote: Finding | null = null;
  let hybrid: Finding | null = null;
  let remote: Finding | null = null;
  for (const hit of DESCRIPTION_TERMS.find(index, MAX_HITS)) {
    const word = text.slice(hit.start, hit.end);
    const after = text.slice(hit.end, hit.end + 40);
    if (hit.value === 'hybrid' || (hit.value === 'hybrid-word' && (HYBRID_FOLLOW_RE.test(after) || HYBRID_PRECEDE_RE.test(text.slice(Math.max(0, hit.start - 12), hit.start))))) {
      hybrid ??= { mode: 'hybrid', rule: 'remote.hybrid-named', evidence: word };
      continue;
    }
    if (hit.value === 'flexible') {
      if (FLEXIBLE_RE.test(text.slice(hit.start, hit.start + 60))) hybrid ??= { mode: 'hybrid', rule: 'remote.flexible-arrangement', evidence: word };
      continue;
    }
    if (hit.value === 'hybrid-word' || NOT_REMOTE_WORK_RE.test(word)) continue;
    const sentence = sentenceAround(text, hit.start, hit.end);
    if (hit.value === 'remote-pl' && !POLISH_WORK_RE.test(sentence)) continue;
    const evidence = sentence.trim().slice(0, 120);
    if (FULL_RE.test(sentence)) {
      fullRemote ??= { mode: 'remote', rule: 'remote.full-remote', evidence };
    } else if (PARTIAL_RE.test(sentence)) {
      hybrid ??= { mode: 'hybrid', rule: 'remote.partly-remote', evidence };
    } else if (
      hit.value !== 'remote-word' ||
      REMOTE_BEFORE_RE.test(text.slice(Math.max(0, hit.start - 16), hit.start)) ||
      REMOTE_AFTER_RE.test(after)
    ) {
      remote ??= { mode: 'remote', rule: 'remote.remote-job', evidence };
    }
  }
  return fullRemote ?? hybrid ?? remote;
}

/** A short field (location): any hybrid, remote or onsite word decides, hybrid first. */
function fromLocation(location: string): Finding | null {
  if (location === '') return null;
  const hits = LOCATION_TERMS.find(wordIndex(location, MAX_FIELD_CHARS), 16);
  for (const mode of ['hybrid', 'remote', 'onsite'] as const) {
    const hit = hits.find((h) => h.value === mode);
    if (hit) return { mode, rule: `remote.location-${mode}`, evidence: location.slice(hit.start, hit.end) };
  }
  return null;
}

/**
 * A title marks the arrangement in brackets, after a dash or as its first word:
 * "Agent (Remote)", "Agent – Hybrid", "Remote Customer Service Representative".
 */
function fromTitle(title: string): Finding | null {
  if (title === '') return null;
  const index = wordIndex(title, MAX_FIELD_CHARS);
  for (const hit of LOCATION_TERMS.find(index, 16)) {
    if (hit.value === 'onsite') continue;
    const phrase = index.lower.slice(hit.start, hit.end);
    const opensTitle = hit.word === 0 && !TITLE_TOOL_AFTER_RE.test(index.lower.slice(hit.end, hit.end + 16));
    if (phrase === 'work from home' || opensTitle || TITLE_MARK_RE.test(index.lower.slice(Math.max(0, hit.start - 12), hit.start))) {
      return { mode: hit.value, rule: `remote.title-${hit.value}`, evidence: phrase };
    }
  }
  return null;
}

/**
 * Remote, hybrid or onsite from a source's hint, schema.org jobLocationType, the location field,
 * the title and then the description; onsite when nothing says otherwise. `countries` lists where a
 * remote worker must live ("remote within Estonia" → ["EE"]). Never throws.
 */
export function detectRemote(input: {
  title: string;
  description: string;
  location: string;
  jobLocationType?: string;
  hint?: RemoteMode;
}): { remote: RemoteMode | null; countries: string[]; explanation: Explanation[] } {
  const title = str(input?.title, MAX_FIELD_CHARS);
  const location = str(input?.location, MAX_FIELD_CHARS);
  const description = str(input?.description, MAX_DESCRIPTION_CHARS);
  const jobLocationType = str(input?.jobLocationType, 100);
  const explanation: Explanation[] = [];

  // Read the description as the title and description together, the way tagPosting hands them to
  // the other detectors, so that one word index serves all of them (the title is its own sentence).
  const fullText = title === '' ? description : `${title}\n${description}`;
  const done = (f: Finding): { remote: RemoteMode; countries: string[]; explanation: Explanation[] } => {
    explanation.push({ field: 'remote', rule: f.rule, evidence: f.evidence });
    const countries = f.mode === 'remote' ? remoteCountries(location, fullText) : [];
    return { remote: f.mode, countries, explanation };
  };

  if (input?.hint && (REMOTE_MODES as readonly string[]).includes(input.hint)) {
    return done({ mode: input.hint, rule: 'remote.source-hint', evidence: input.hint });
  }
  const fromFields = fromLocation(location) ?? fromTitle(title);
  if (/telecommute/i.test(jobLocationType)) {
    // Sources also mark hybrid jobs TELECOMMUTE; a stated hybrid arrangement is more precise.
    const stated = fromFields?.mode === 'hybrid' ? fromFields : description ? fromDescription(wordIndex(fullText, MAX_DESCRIPTION_CHARS)) : null;
    if (stated?.mode === 'hybrid') return done({ ...stated, rule: 'remote.hybrid-despite-telecommute' });
    return done({ mode: 'remote', rule: 'remote.job-location-type', evidence: jobLocationType });
  }
  if (fromFields && fromFields.mode !== 'onsite') return done(fromFields);
  const described = description ? fromDescription(wordIndex(fullText, MAX_DESCRIPTION_CHARS)) : null;
  if (described) return done(described);
  if (fromFields) return done(fromFields);
  if (title === '' && location === '' && description === '') {
    explanation.push({ field: 'remote', rule: 'remote.no-text' });
    return { remote: null, countries: [], explanation };
  }
  return done({ mode: 'onsite', rule: 'remote.default-onsite', evidence: '' });
}
