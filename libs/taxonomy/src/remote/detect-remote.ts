import { REMOTE_MODES, type Explanation, type RemoteMode } from '../types';
import { remoteCountries } from './remote-countries';
import {
  FULL_RE,
  HYBRID_RE,
  JOB_LEVEL_REMOTE_RE,
  LOCATION_HYBRID_RE,
  LOCATION_ONSITE_RE,
  LOCATION_REMOTE_RE,
  PARTIAL_RE,
  REMOTE_TERM_RE,
  TITLE_HYBRID_RE,
  TITLE_REMOTE_RE,
} from './remote-patterns';

/** Work arrangements are stated near the top or in the offer; a megabyte of page is not read. */
const MAX_DESCRIPTION_CHARS = 12_000;
const MAX_FIELD_CHARS = 400;
const SENTENCE_REACH = 160;
const MAX_REMOTE_TERMS = 40;
const SENTENCE_BREAK_RE = /[.!?;\n•]\s/g;

interface Finding {
  mode: RemoteMode;
  rule: string;
  evidence: string;
}

const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** The sentence around [start, end): bounded by sentence punctuation or SENTENCE_REACH characters. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(from, start);
  let cut = 0;
  SENTENCE_BREAK_RE.lastIndex = 0;
  for (let m = SENTENCE_BREAK_RE.exec(before); m; m = SENTENCE_BREAK_RE.exec(before)) cut = m.index + m[0].length;
  const after = text.slice(end, end + SENTENCE_REACH);
  SENTENCE_BREAK_RE.lastIndex = 0;
  const stop = SENTENCE_BREAK_RE.exec(after);
  return before.slice(cut) + text.slice(start, end) + (stop ? after.slice(0, stop.index + 1) : after);
}

/** Reads the description: "hybrid" named outright, or remote words qualified by their sentence. */
function fromDescription(text: string): Finding | null {
  let fullRemote: Finding | null = null;
  let hybrid: Finding | null = null;
  let remote: Finding | null = null;
  const named = HYBRID_RE.exec(text);
  if (named) hybrid = { mode: 'hybrid', rule: 'remote.hybrid-named', evidence: named[0].trim() };
  REMOTE_TERM_RE.lastIndex = 0;
  let seen = 0;
  for (let m = REMOTE_TERM_RE.exec(text); m && seen < MAX_REMOTE_TERMS; m = REMOTE_TERM_RE.exec(text)) {
    seen += 1;
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    if (FULL_RE.test(sentence)) {
      fullRemote ??= { mode: 'remote', rule: 'remote.full-remote', evidence: sentence.trim().slice(0, 120) };
    } else if (PARTIAL_RE.test(sentence)) {
      hybrid ??= { mode: 'hybrid', rule: 'remote.partly-remote', evidence: sentence.trim().slice(0, 120) };
    } else if (JOB_LEVEL_REMOTE_RE.test(sentence)) {
      remote ??= { mode: 'remote', rule: 'remote.remote-job', evidence: sentence.trim().slice(0, 120) };
    }
  }
  return fullRemote ?? hybrid ?? remote;
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
  const done = (f: Finding): { remote: RemoteMode; countries: string[]; explanation: Explanation[] } => {
    explanation.push({ field: 'remote', rule: f.rule, evidence: f.evidence });
    const countries = f.mode === 'remote' ? remoteCountries(location, description) : [];
    return { remote: f.mode, countries, explanation };
  };

  if (input?.hint && (REMOTE_MODES as readonly string[]).includes(input.hint)) {
    return done({ mode: input.hint, rule: 'remote.source-hint', evidence: input.hint });
  }
  const described = description ? fromDescription(description) : null;
  if (/telecommute/i.test(jobLocationType)) {
    // Sources also mark hybrid jobs TELECOMMUTE; a stated hybrid arrangement is more precise.
    const hybrid = LOCATION_HYBRID_RE.exec(location) ?? TITLE_HYBRID_RE.exec(title);
    if (hybrid) return done({ mode: 'hybrid', rule: 'remote.hybrid-despite-telecommute', evidence: hybrid[0] });
    if (described?.mode === 'hybrid') return done({ ...described, rule: 'remote.hybrid-despite-telecommute' });
    return done({ mode: 'remote', rule: 'remote.job-location-type', evidence: jobLocationType });
  }
  const locHybrid = LOCATION_HYBRID_RE.exec(location);
  if (locHybrid) return done({ mode: 'hybrid', rule: 'remote.location-hybrid', evidence: locHybrid[0] });
  const locRemote = LOCATION_REMOTE_RE.exec(location);
  if (locRemote) return done({ mode: 'remote', rule: 'remote.location-remote', evidence: locRemote[0] });
  const titleHybrid = TITLE_HYBRID_RE.exec(title);
  if (titleHybrid) return done({ mode: 'hybrid', rule: 'remote.title-hybrid', evidence: titleHybrid[0] });
  const titleRemote = TITLE_REMOTE_RE.exec(title);
  if (titleRemote) return done({ mode: 'remote', rule: 'remote.title-remote', evidence: titleRemote[0] });
  if (described) return done(described);
  const onsite = LOCATION_ONSITE_RE.exec(location);
  if (onsite) return done({ mode: 'onsite', rule: 'remote.location-onsite', evidence: onsite[0] });
  if (title === '' && location === '' && description === '') {
    explanation.push({ field: 'remote', rule: 'remote.no-text' });
    return { remote: null, countries: [], explanation };
  }
  return done({ mode: 'onsite', rule: 'remote.default-onsite', evidence: '' });
}
