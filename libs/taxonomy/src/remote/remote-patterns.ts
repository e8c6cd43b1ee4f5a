// How ads say where the work happens, in en, et, nb, pl, el, de, fi, sv (and da).
// Words are found through a TriggerMatcher (one Map lookup per word of the text); the regexes
// below only ever run on one sentence around a hit, on lower-cased text.
import { TriggerMatcher, type Trigger } from '../location/word-index';

export type TermKind =
  /** Names hybrid work outright ("hybridarbete", "hübriidtöö", "υβριδικό"). */
  | 'hybrid'
  /** "hybrid" alone: work only when a work word or punctuation follows ("hybrid schedule", "Hybrid:"), not "hybrid cloud". */
  | 'hybrid-word'
  /** Working away from the office; the sentence says whether fully or partly. */
  | 'remote'
  /** "remote(ly)": also "remote desktop", "troubleshoot remotely"; needs a job word next to it. */
  | 'remote-word'
  /** Polish "zdalnie/zdalna": also "zdalna diagnostyka"; needs "praca" in its sentence. */
  | 'remote-pl'
  /** "paindlik töökorraldus", "flexible working arrangement": hybrid when the phrase is complete. */
  | 'flexible';

const terms = (kind: TermKind, list: string[], stem = false): Trigger<TermKind>[] =>
  list.map((term) => ({ term, value: kind, stem }));

export const DESCRIPTION_TERMS = new TriggerMatcher<TermKind>([
  ...terms('hybrid-word', ['hybrid', 'hybride', 'hybrides', 'hybriden', 'hybrider']),
  ...terms('hybrid', ['hybridarbe', 'hybridarbeit', 'hybridi', 'hybridmodell', 'hybrydow', 'hübriid', 'υβριδικ'], true),
  ...terms('flexible', ['paindlik', 'flexible work', 'flexible arbeits'], true),
  ...terms('remote-word', ['remote', 'remotely']),
  ...terms('remote', [
    'work from home', 'work-from-home', 'working from home', 'from home', 'from your home', 'home office',
    'home-office', 'homeoffice', 'home-based', 'home based', 'wfh', 'teleworking', 'mobiles arbeiten',
    'mobile arbeiten', 'von zu hause', 'kodust', 'kodus', 'hjemmefra', 'distansarbete', 'på distans', 'hemifrån',
    'hjemmearbejde', 'fjernarbejde', 'etänä', 'εξ αποστάσεως', 'από το σπίτι', 'απομακρυσμένη εργασία',
  ]),
  ...terms('remote', ['telecommut', 'fernarbeit', 'kaugtöö', 'kodukontor', 'hjemmekontor', 'fjernarbeid', 'etätyö', 'τηλεργασ'], true),
  ...terms('remote-pl', ['zdaln'], true),
]);

export const LOCATION_TERMS = new TriggerMatcher<'hybrid' | 'remote' | 'onsite'>([
  ...['hybrid', 'hybryd', 'hübriid', 'υβριδ'].map((term) => ({ term, value: 'hybrid' as const, stem: true })),
  ...[
    'remote', 'virtual', 'anywhere', 'work from home', 'wfh', 'home office', 'home-office', 'homeoffice', 'home based',
    'home-based', 'praca zdalna', 'zdalnie', 'zdalna', 'fjernarbeid', 'etänä', 'εξ αποστάσεως', 'mobiles arbeiten',
    'telecommute', 'hemifrån',
  ].map((term) => ({ term, value: 'remote' as const })),
  ...['kaugtöö', 'kodukontor', 'hjemmekontor', 'distans', 'etätyö', 'τηλεργασ'].map((term) => ({ term, value: 'remote' as const, stem: true })),
  ...['on-site', 'onsite', 'on site', 'in-office', 'in office', 'office-based', 'office based', 'vor ort', 'kohapeal'].map(
    (term) => ({ term, value: 'onsite' as const }),
  ),
  { term: 'stacjonarn', value: 'onsite' as const, stem: true },
]);

/** "\b" only where the alternative starts with an ASCII letter (JavaScript's \b is ASCII-only). */
function words(alternatives: string[]): string {
  return alternatives.map((a) => (/^[a-z0-9]/.test(a) ? `\\b${a}` : a)).join('|');
}

/** After "hybrid": a work word or punctuation makes it the work arrangement. */
export const HYBRID_FOLLOW_RE =
  /^(?:\s+(?:work|working|workplace|schedule|model|role|position|job|arrangement|pattern|set-?up|policy|after|with|from|option|basis|arbeit|arbeits|arbeidsmodell|arbeidshverdag|arbeidsplass|arbetsplats|arbete|modell|løsning|ordning|mode)|\s*(?:[:,.;)–—(-]|$))/u;
export const HYBRID_PRECEDE_RE = /\b(?:is|are|be|being|stay|remain)\s+$/u;
/** After "paindlik…"/"flexible work…": the rest of the phrase. */
export const FLEXIBLE_RE = /^(?:paindlik\S*\s+töökorraldus|flexible\s+work(?:ing)?\s+(?:arrangement|location|model)|flexible\s+arbeitsort)/u;

/** A remote word with one of these in its sentence means some office days: hybrid. */
export const PARTIAL_RE = new RegExp(
  `(?:${words([
    '\\d', 'one', 'two', 'three', 'four', '1-2', '2-3', 'kaks', 'kolm', 'neli', 'to', 'tre', 'fire', 'två', 'fyra',
    'dwa', 'dwóch', 'trzy', 'kaksi', 'kahtena', 'kolme', 'zwei', 'drei', 'vier', 'δύο', 'τρεις',
  ])})\\s+(?:\\S+\\s+)?(?:\\S+-)?(?:days?|dager?|dagar|dni|päeva|päevad|päivä\\S*|tage?n?|μέρες|ημέρες)(?:[^\\p{L}]|$)` +
    `|${words([
      'partly', 'partially', 'part of the week', 'some days', 'possib', 'option', 'mulighet', 'möjlighet',
      'võimalus', 'võimalik', 'możliwoś', 'możliw', 'mahdollisuu', 'mahdollista', 'möglichkeit', 'möglich',
      'δυνατότητα', 'osaliselt', 'częściow', 'delvis', 'osittain', 'teilweise', 'after training',
      'after the training', 'after the initial training', 'after initial training', 'etter opplæring',
      'efter introduktion', 'hybrid', 'hübriid', 'hybryd',
    ])}`,
  'u',
);

/** A remote word with one of these in its sentence is the whole job ("fully remote", "100% zdalna"). */
export const FULL_RE = new RegExp(
  words([
    'fully', '100\\s*%', 'completely', 'entirely', 'permanently', 'anywhere', 'täielikult', 'helt', 'w pełni',
    'całkowicie', 'täysin', 'kokonaan', 'vollständig', 'komplett', 'ausschließlich', 'πλήρως', 'αποκλειστικά',
  ]),
  'u',
);

/** Around "remote": job words that make it the arrangement, not a tool ("remote desktop") or a team. */
export const REMOTE_BEFORE_RE = /\b(?:work|working|job|role|position|opportunity|is|are|be|fully|100\s*%|a|100%)\s+$/u;
export const REMOTE_AFTER_RE =
  /^(?:\s+(?:first|only|role|position|job|opportunity|working|work|based|contract|employee|within|anywhere|in\s+the|from)\b|\s*(?:[(:.;,–—-]|$))/u;
export const POLISH_WORK_RE = /prac\S*\s+(?:\S+\s+){0,2}zdaln|zdaln\S*\s+prac|w\s+100\s*%\s+zdaln/u;
/** Estonian "remote desktop" (kaugtöölaud) is a tool, not the job. */
export const NOT_REMOTE_WORK_RE = /^kaugtöölau/u;

/** In a title, remote words in brackets or after a dash ("Agent (Remote)", "Agent – Work From Home"). */
export const TITLE_MARK_RE = /[([|–—-]\s*(?:100\s*%\s*|fully\s+)?$/u;
/** "Remote Desktop Support", "Remote Sensing Analyst": the first word names a tool or field, not the arrangement. */
export const TITLE_TOOL_AFTER_RE = /^\s+(?:desktop|sensing|monitoring|access|pilot|control|maintenance|diagnostics?|cloud|vehicles?|cars?|systems?|integration|apps?)(?![\p{L}])/u;
