// Shift words in en, et, nb, pl, el, de, fi, sv (and da), found with one Map lookup per word.
import { TriggerMatcher, type Trigger } from '../location/word-index';
import type { Shift } from '../types';

/** `check` names a test of the words around a hit, for words that are shift words only in context. */
export interface ShiftTerm {
  shift: Shift;
  check?: 'polish-shift' | 'greek-shift' | 'no-weekend';
}

const words = (shift: Shift, terms: string[], stem = false, check?: ShiftTerm['check']): Trigger<ShiftTerm>[] =>
  terms.map((term) => ({ term, value: check ? { shift, check } : { shift }, stem }));

export const SHIFT_TERMS = new TriggerMatcher<ShiftTerm>([
  ...words('day', [
    'day shift', 'day shifts', 'dayshift', 'day schedule', 'daytime', 'days only', 'morning shift', 'morning shifts',
    'early morning', 'early mornings', 'first shift', 'dagtid', 'päevane vahetus', 'hommikune vahetus',
  ]),
  ...words('day', ['dagvakt', 'dagskift', 'dagpass', 'dagarbete', 'tagschicht', 'frühschicht', 'frühdienst', 'päivävuoro', 'aamuvuoro', 'päevavahetus'], true),
  ...words('day', ['dzienn', 'poranna', 'porann'], true, 'polish-shift'),
  ...words('day', ['πρωιν'], true, 'greek-shift'),
  ...words('evening', [
    'evening', 'evenings', 'evening shift', 'evening shifts', 'late shift', 'late shifts', 'swing shift', 'second shift',
    'kvällar', 'kväll', 'illat', 'iltaisin', 'abends', 'wieczorami',
  ]),
  ...words('evening', ['kveld', 'kvällspass', 'kvällstid', 'kvällsskift', 'aftenvagt', 'iltavuoro', 'iltatyö', 'spätschicht', 'spätdienst', 'απογευματιν', 'βραδιν', 'õhtune', 'õhtuse', 'õhtust', 'õhtuti', 'õhtuvahetus'], true),
  ...words('evening', ['popołudniow', 'wieczorn'], true, 'polish-shift'),
  ...words('night', ['night', 'nights', 'night shift', 'night shifts', 'overnight', 'overnights', 'graveyard', 'third shift', 'öösel', 'öine vahetus', 'nachts', 'w nocy', 'νύχτα']),
  ...words('night', ['natt', 'yövuoro', 'yötyö', 'öövahetus', 'öötöö', 'öölisa', 'öötasu', 'nachtschicht', 'nachtdienst', 'νυχτεριν'], true),
  ...words('night', ['nocn'], true, 'polish-shift'),
  ...words('weekend', ['weekend', 'helg', 'lørdag', 'søndag', 'lördag', 'söndag', 'nädalavahetus', 'laupäev', 'pühapäev', 'sobot', 'niedziel', 'wochenend', 'samstag', 'sonntag', 'σαββατοκύριακ', 'σάββατ', 'κυριακ', 'viikonlop', 'lauantai', 'sunnuntai', 'saturday', 'sunday'], true, 'no-weekend'),
  ...words('rotating', [
    'rotating shift', 'rotating shifts', 'rotating schedule', 'rotating rota', 'rotating roster', 'rotational shifts',
    'shift rotation', 'on a rota', 'a rota', 'shift rota', 'rota covering', 'rota basis', 'alternating shifts',
    'shift work', 'shift pattern', 'shift patterns', 'rullande schema', 'vuoroissa', 'εκ περιτροπής', 'βάρδιες',
    'vahetustega', 'vahetustes', 'graafiku alusel',
  ]),
  ...words('rotating', ['turnus', 'skiftarbeid', 'skiftordning', 'skiftarbete', 'skiftgång', 'skiftschema', 'vuorotyö', 'kaksivuoro', 'kolmivuoro', 'schichtdienst', 'schichtarbeit', 'schichtsystem', 'schichtbetrieb', 'wechselschicht', 'zmianow', 'κυλιόμεν', 'vahetustöö'], true),
  ...words('around_the_clock', [
    'around the clock', 'round the clock', '24 hours a day', '24/7', '24x7', '24 x 7', 'døgnet rundt', 'dygnet runt',
    'ööpäev läbi', 'całą dobę', 'rund um die uhr', 'ympäri vuorokauden', '24 ώρες',
  ]),
  ...words('around_the_clock', ['døgnbemann', 'ööpäevaring', 'całodobow', '24-stunden', 'ympärivuorokautis', '24ωρ'], true),
]);

/** Polish shift adjectives count next to "zmiana" ("zmiana nocna", "nocne zmiany"). */
export const POLISH_SHIFT_BEFORE_RE = /zmian\S*\s+$/u;
export const POLISH_SHIFT_AFTER_RE = /^\s+zmian/u;
/** Greek "πρωινή βάρδια/πρωινό ωράριο" (morning shift/hours). */
export const GREEK_SHIFT_AFTER_RE = /^\s+(?:βάρδι|ωράρι)/u;
/** "no weekends", "weekends off", "wolne weekendy", "ingen helgarbeid": weekends are not worked. */
export const NO_WEEKEND_BEFORE_RE =
  /(?:^|[^\p{L}])(?:no|never|without|free|ingen|uten|inga|utan|wolne|bez|keine|ohne|ei|vapaat|χωρίς|ilma|vabad|fri|frie|fria)\s+(?:\p{L}+\s+)?$/u;
export const NO_WEEKEND_AFTER_RE = /^\s+(?:off|free|fri|frie|wolne|vapaat)(?:[^\p{L}]|$)/u;

/** Office hours at a word of digits: "8:00–17:00", "8 a.m.–4:30 p.m.", "klo 8–16", "mellom 08 og 20". */
export const TIME_RANGE_STICKY_RE =
  /([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)?\s*(?:–|-|—|to|til|till|do|bis|og|and|und|och|ja|και)\s*([01]?\d|2[0-4])(?:[:.]([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d%])/y;
export const CLOCK_WORD_BEFORE_RE = /(?:klo|kl\.|godz\.|kell|from|mellom|mellan|between|von|zwischen|od|ώρες|hours|time)\s*$/u;
