// Shift words in en, et, nb, pl, el, de, fi, sv (and da). Compiled once; no nested quantifiers.
import type { Shift } from '../types';

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}])';
const any = (alternatives: string[]): RegExp => new RegExp(`${L}(?:${alternatives.join('|')})`, 'iu');

export const SHIFT_PATTERNS: [Shift, RegExp][] = [
  [
    'day',
    any([
      `day\\s*(?:shifts?|schedule|time)${R}`, `daytime${R}`, `days\\s+only${R}`, `morning\\s+shifts?${R}`, `early\\s+mornings?${R}`,
      `first\\s+shift${R}`, `dagvakt\\p{L}*`, `dagtid${R}`, `dagskift\\p{L}*`, `dagpass\\p{L}*`, `dagarbete${R}`,
      `tagschicht\\p{L}*`, `frühschicht\\p{L}*`, `frühdienst\\p{L}*`, `zmian\\p{L}*\\s+(?:dzienn|poranna|ranna)\\p{L}*`,
      `(?:dzienn|poranna|ranna)\\p{L}*\\s+zmian\\p{L}*`, `πρωιν\\p{L}*\\s+(?:βάρδι|ωράρι)\\p{L}*`, `päivävuoro\\p{L}*`,
      `aamuvuoro\\p{L}*`, `päevane\\s+vahetus\\p{L}*`, `päevavahetus\\p{L}*`, `hommikune\\s+vahetus\\p{L}*`,
    ]),
  ],
  [
    'evening',
    any([
      `evening\\s*(?:shifts?|hours)?${R}`, `evenings${R}`, `late\\s+shifts?${R}`, `swing\\s+shifts?${R}`, `second\\s+shift${R}`,
      `kveld\\p{L}*`, `kvelds?vakt\\p{L}*`, `kvällar${R}`, `kvällspass\\p{L}*`, `kvällstid${R}`, `kvällsskift\\p{L}*`,
      `kväll${R}`, `aftenvagt\\p{L}*`, `iltavuoro\\p{L}*`, `illat${R}`, `iltaisin${R}`, `iltatyö\\p{L}*`,
      `spätschicht\\p{L}*`, `spätdienst\\p{L}*`, `abends${R}`, `zmian\\p{L}*\\s+(?:popołudniow|wieczorn)\\p{L}*`,
      `(?:popołudniow|wieczorn)\\p{L}*\\s+zmian\\p{L}*`, `wieczorami${R}`, `απογευματιν\\p{L}*`, `βραδιν\\p{L}*`,
      `õhtu(?:ne|sed|ste|ti|vahetus)\\p{L}*`,
    ]),
  ],
  [
    'night',
    any([
      `night\\s*(?:shifts?|work|premium|differential|hours)?${R}`, `nights${R}`, `overnights?${R}`, `graveyard${R}`,
      `third\\s+shift${R}`, `natt(?:evakt|vakt|skift|arbeid|arbete|pass|jobb|tillegg)?\\p{L}*`, `yövuoro\\p{L}*`, `yötyö\\p{L}*`,
      `öö(?:vahetus|töö|lisa|tasu)\\p{L}*`, `öine\\s+vahetus\\p{L}*`, `öösel${R}`, `nachtschicht\\p{L}*`,
      `nachtdienst\\p{L}*`, `nachts${R}`, `zmian\\p{L}*\\s+nocn\\p{L}*`, `nocn\\p{L}*\\s+zmian\\p{L}*`, `w\\s+nocy${R}`,
      `νυχτεριν\\p{L}*`, `νύχτα${R}`,
    ]),
  ],
  [
    'weekend',
    any([
      `weekends?${R}`, `saturdays?${R}`, `sundays?${R}`, `helg\\p{L}*`, `lørdag\\p{L}*`, `søndag\\p{L}*`, `lördag\\p{L}*`,
      `söndag\\p{L}*`, `nädalavahetus\\p{L}*`, `laupäev\\p{L}*`, `pühapäev\\p{L}*`, `weekend\\p{L}*`, `sobot\\p{L}*`,
      `niedziel\\p{L}*`, `wochenend\\p{L}*`, `samstag\\p{L}*`, `sonntag\\p{L}*`, `σαββατοκύριακ\\p{L}*`, `σάββατ\\p{L}*`,
      `κυριακ\\p{L}*`, `viikonlop\\p{L}*`, `lauantai\\p{L}*`, `sunnuntai\\p{L}*`,
    ]),
  ],
  [
    'rotating',
    any([
      `rotating\\s+(?:shifts?|schedule|rota|roster|pattern)${R}`, `rotational\\s+shifts?${R}`, `shift\\s+rotation${R}`,
      `(?:on\\s+a|a\\s+rotating|shift)\\s+rota${R}`, `rota\\s+(?:covering|basis|system)${R}`, `alternating\\s+shifts${R}`,
      `shift\\s+(?:work|pattern|rota)${R}`, `turnus\\p{L}*`, `skift(?:arbeid|ordning|arbete|gång|schema)\\p{L}*`,
      `rullande\\s+schema${R}`, `vuorotyö\\p{L}*`, `(?:kaksi|kolmi)vuoro\\p{L}*`, `vuoroissa${R}`,
      `schicht(?:dienst|arbeit|system|betrieb)\\p{L}*`, `wechselschicht\\p{L}*`, `prac\\p{L}*\\s+zmianow\\p{L}*`,
      `(?:system\\p{L}*|grafik\\p{L}*)\\s+zmianow\\p{L}*`, `κυλιόμεν\\p{L}*\\s+(?:ωράρι|βάρδι)\\p{L}*`, `εκ\\s+περιτροπής${R}`,
      `βάρδιες${R}`, `vahetustega${R}`, `vahetustes${R}`, `graafiku\\s+alusel${R}`,
    ]),
  ],
  [
    'around_the_clock',
    any([
      `24\\s*[/x×]\\s*7${R}`, `24\\s+hours\\s+a\\s+day${R}`, `(?:a)?round\\s+the\\s+clock${R}`, `døgnet\\s+rundt${R}`,
      `døgnbemann\\p{L}*`, `dygnet\\s+runt${R}`, `ööpäevaringse\\p{L}*`, `ööpäev\\s+läbi${R}`, `całodobow\\p{L}*`,
      `całą\\s+dobę${R}`, `rund\\s+um\\s+die\\s+uhr${R}`, `24-stunden\\p{L}*`, `ympäri\\s+vuorokauden${R}`,
      `ympärivuorokautis\\p{L}*`, `24ωρ\\p{L}*`, `24\\s+ώρες${R}`,
    ]),
  ],
];

/** Weekend words that say the opposite ("weekends off", "no weekends", "wolne weekendy"). */
export const NO_WEEKEND_RE = new RegExp(
  `${L}(?:no|never|without|free|ingen|uten|inga|utan|wolne|bez|keine|ohne|ei|vapaat|χωρίς|ilma|vaba\\p{L}*|fri\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:weekends?|helg\\p{L}*|weekend\\p{L}*|wochenend\\p{L}*|viikonlop\\p{L}*|σαββατοκύριακ\\p{L}*|nädalavahetus\\p{L}*)|(?:weekends?|helger|helgene|weekendy)\\s+(?:off|free|fri|wolne)${R}`,
  'iu',
);
/** A night/shift word that is not about shifts ("on-call rotation", "night out", "Saturday night live"). */
export const NOT_A_SHIFT_RE = /on-call\s+rotation|job\s+rotation/iu;

/** Office hours "8:00–17:00", "8 a.m.–4:30 p.m.", "klo 8–16", "kl. 08.00–16.00", "mellom 08 og 20". */
export const TIME_RANGE_RE =
  /(?<![\d:.])([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)?\s*(?:–|-|—|to|til|till|do|bis|og|and)\s*([01]?\d|2[0-4])(?:[:.]([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d%])/giu;
