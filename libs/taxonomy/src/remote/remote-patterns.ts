// How ads say where the work happens, in en, et, nb, pl, el, de, fi, sv (and da).
// Hot path: every pattern is compiled once; none has nested unbounded quantifiers.

/** Word edges that also work for "ö", "ł" or Greek (JavaScript's \b is ASCII-only). */
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}])';

/** Hybrid work, named outright ("hybrid schedule", "praca hybrydowa", "hübriidtöö", "υβριδικό μοντέλο"). */
export const HYBRID_RE = new RegExp(
  [
    `${L}hybrid(?:e|es|er|en)?\\s+(?:work\\p{L}*|schedule|model|role|position|job|arrangement|pattern|set-?up|policy|after|with|from|option|basis|arbeit\\p{L}*|arbeidsmodell|arbeidshverdag|arbeidsplass|arbetsplats|arbete|modell|løsning|ordning)${R}`,
    `${L}hybrid(?:e|es)?\\s*(?:[:,.;)–—(-]|$)`,
    `${L}(?:is|are|be|being)\\s+hybrid${R}`,
    `${L}hybrid(?:arbete|arbeid|modell\\p{L}*)${R}`,
    `${L}hybridi(?:työ|malli|etätyö)\\p{L}*`,
    `${L}hybrydow\\p{L}*`,
    `${L}hübriid\\p{L}*`,
    `${L}υβριδικ\\p{L}*`,
    `${L}paindlik\\p{L}*\\s+töökorraldus\\p{L}*`,
    `${L}flexible\\s+work(?:ing)?\\s+(?:arrangement|location|model)s?${R}`,
  ].join('|'),
  'iu',
);

/** Working away from the office, full or part time (the sentence decides which). */
export const REMOTE_TERM_RE = new RegExp(
  [
    `${L}remote(?:ly)?${R}(?!\\s+(?:access|desktop|support|troubleshoot\\p{L}*|diagnos\\p{L}*|monitoring|assistance|session|control|management|tools?|connection)${R})`,
    `${L}work(?:ing)?[- ]from[- ]home${R}`,
    `${L}from\\s+(?:your\\s+)?home${R}`,
    `${L}(?:home[- ]?office|homeoffice|home[- ]based|wfh|telecommut\\p{L}*|teleworking)${R}`,
    `${L}(?:mobiles?\\s+arbeiten|von\\s+zu\\s+hause|fernarbeit)${R}`,
    `${L}kaugtöö(?!laua)\\p{L}*`,
    `${L}(?:kodukontor\\p{L}*|kodust|kodus)${R}`,
    `${L}(?:hjemmekontor\\p{L}*|hjemmefra|fjernarbeid\\p{L}*)`,
    `${L}(?:distansarbete|på\\s+distans|hemifrån|hjemmearbejde|fjernarbejde)${R}`,
    `${L}(?:prac\\p{L}*\\s+(?:w\\s+(?:100\\s*%\\s+)?|\\p{L}+\\s+)?zdaln\\p{L}*|zdalnie|zdaln\\p{L}*\\s+prac\\p{L}*|home\\s+office)`,
    `${L}(?:etätyö\\p{L}*|etänä|etätyöskentel\\p{L}*)`,
    `${L}(?:τηλεργασ\\p{L}*|εξ\\s+αποστάσεως|από\\s+το\\s+σπίτι|απομακρυσμένη\\s+εργασία)`,
  ].join('|'),
  'giu',
);

/** A remote term with one of these in its sentence means some office days: hybrid. */
export const PARTIAL_RE = new RegExp(
  [
    `${L}(?:\\d|one|two|three|four|1-2|2-3|kaks|kolm|neli|to|tre|fire|två|fyra|dwa|dwóch|trzy|kaksi|kahtena|kolme|zwei|drei|vier|δύο|τρεις|2η|3η)\\s+(?:\\p{L}+\\s+)?(?:\\p{L}+-)?(?:days?|dager?|dagar|dni|päeva\\p{L}*|päivä\\p{L}*|tage?n?|μέρες|ημέρες)${R}`,
    `${L}(?:partly|partially|part\\s+of\\s+the\\s+week|some\\s+days|occasional\\p{L}*|possib\\p{L}*|option\\p{L}*|mulighet\\p{L}*|möjlighet\\p{L}*|võimalus\\p{L}*|võimalik\\p{L}*|możliwoś\\p{L}*|możliw\\p{L}*|mahdollisuu\\p{L}*|mahdollista|möglichkeit\\p{L}*|möglich|δυνατότητα|osaliselt|częściowo|częściowej|delvis|osittain|teilweise|after\\s+(?:the\\s+)?(?:initial\\s+)?training|etter\\s+opplæring\\p{L}*|efter\\s+introduktion\\p{L}*|hybrid\\p{L}*)${R}`,
  ].join('|'),
  'iu',
);

/** A remote term with one of these in its sentence is the whole job ("fully remote", "100% zdalna"). */
export const FULL_RE = new RegExp(
  `${L}(?:fully|100\\s*%|completely|entirely|permanently|full[- ]time|anywhere|täielikult|helt|w\\s+pełni|całkowicie|täysin|kokonaan|vollständig|komplett|ausschließlich|πλήρως|αποκλειστικά)${R}`,
  'iu',
);

/** Remote words that describe the job itself when they stand alone, not merely a tool or a team. */
export const JOB_LEVEL_REMOTE_RE = new RegExp(
  [
    `${L}(?:work|working|job|role|position|opportunity|this\\s+is|is|are|be|fully|100\\s*%)\\s+(?:a\\s+)?(?:remote(?:ly)?|from\\s+home)${R}`,
    `${L}remote[- ](?:first|only|role|position|job|opportunity|working|work|based|contract|employee|within|anywhere)${R}`,
    `${L}remote\\s*(?:[(:.;,–—-]|$)`,
    `${L}work[- ]from[- ]home${R}`,
    `${L}from\\s+(?:your\\s+)?home(?:\\s+office)?${R}`,
    `${L}(?:home[- ]based|wfh|telecommut\\p{L}*)${R}`,
    `${L}kaugtöö(?!laua)\\p{L}*`,
    `${L}(?:kodukontor\\p{L}*|kodust|kodus)${R}`,
    `${L}(?:hjemmekontor\\p{L}*|hjemmefra|fjernarbeid\\p{L}*)`,
    `${L}(?:distansarbete|på\\s+distans|hemifrån)${R}`,
    `${L}(?:prac\\p{L}*\\s+(?:w\\s+(?:100\\s*%\\s+)?|\\p{L}+\\s+)?zdaln\\p{L}*|zdalnie)`,
    `${L}(?:etätyö\\p{L}*|etänä)`,
    `${L}(?:homeoffice|home-office|mobiles\\s+arbeiten|von\\s+zu\\s+hause)${R}`,
    `${L}(?:τηλεργασ\\p{L}*|εξ\\s+αποστάσεως|από\\s+το\\s+σπίτι)`,
  ].join('|'),
  'iu',
);

/** In a title, work-mode words in brackets or after a dash ("Agent (Remote)", "Agent – Work From Home"). */
export const TITLE_REMOTE_RE = new RegExp(
  `(?:[(\\[|–—-]\\s*(?:100\\s*%\\s*|fully\\s+)?(?:remote|virtual|wfh|work\\s+from\\s+home|kaugtöö|zdalnie|praca\\s+zdalna|hjemmekontor|etätyö|distans|τηλεργασία|home\\s*office)${R})|${L}work\\s+from\\s+home${R}`,
  'iu',
);
export const TITLE_HYBRID_RE = new RegExp(`[(\\[|–—-]\\s*(?:hybrid|hybrydowo|hübriid|υβριδικά|hybridi)${R}`, 'iu');

/** Location fields are short: any of these words decides. */
export const LOCATION_HYBRID_RE = new RegExp(`${L}(?:hybrid\\p{L}*|hybrydow\\p{L}*|hübriid\\p{L}*|υβριδικ\\p{L}*|hybridi\\p{L}*)`, 'iu');
export const LOCATION_REMOTE_RE = new RegExp(
  `${L}(?:remote|virtual|anywhere|work\\s+from\\s+home|wfh|home[- ]?office|homeoffice|telecommute|kaugtöö\\p{L}*|kodukontor\\p{L}*|praca\\s+zdalna|zdalnie|zdalna|hjemmekontor|fjernarbeid|distans\\p{L}*|etätyö|etänä|τηλεργασία|εξ\\s+αποστάσεως|mobiles\\s+arbeiten)${R}`,
  'iu',
);
export const LOCATION_ONSITE_RE = new RegExp(`${L}(?:on-?site|in[- ]office|office[- ]based|vor\\s+ort|stacjonarn\\p{L}*|kohapeal)${R}`, 'iu');
