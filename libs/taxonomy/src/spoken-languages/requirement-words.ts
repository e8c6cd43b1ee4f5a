// Words around a language name that say whether speaking it is required, in en, et, nb, sv, da,
// pl, de, fi, el. Found with a TriggerMatcher, so each text is read once.
import { TriggerMatcher, type Trigger } from '../location/word-index';

export type RequirementWord = 'cue' | 'optional' | 'adjacent';

const list = (value: RequirementWord, terms: string[], stem: boolean): Trigger<RequirementWord>[] =>
  terms.map((term) => ({ term, value, stem }));

/** Words in a sentence that make a plain language name a requirement ("fluent", "snakker", "znajomość"). */
const CUE_STEMS = [
  'fluen', 'proficien', 'native', 'speak', 'spoken', 'written', 'verbal', 'knowledge', 'skill', 'bilingual',
  'multilingual', 'language', 'level', 'required', 'requirement', 'essential', 'mandatory', 'communicat',
  'snakk', 'skriv', 'behersk', 'flytende', 'muntlig', 'skriftlig', 'språk', 'kunnskap', 'tala', 'behärsk',
  'flytande', 'obehindrat', 'kunskap', 'flydende', 'sprog', 'język', 'znajomoś', 'biegł', 'komunikatywn',
  'poziom', 'płynn', 'mówi', 'wymagan', 'kenntnis', 'sprach', 'fließend', 'verhandlungssicher', 'muttersprach',
  'sujuv', 'kielitai', 'taito', 'puhu', 'kirjoit', 'osaa', 'γνώσ', 'γλώσσ', 'ομιλ', 'επάρκει', 'oskus', 'keel',
  'suhtl', 'räägi', 'valda', 'krav', 'kreve', 'krävs', 'påkrev', 'nødvendig', 'nödvändig', 'obligatorisk',
  'erforderlich', 'vorausgesetzt', 'vaadi', 'edellyt', 'απαραίτητ', 'απαιτ', 'necessary', 'need',
];
const CUE_WORDS = ['must', 'talar', 'taler', 'command of', 'a2', 'b1', 'b2', 'c1', 'c2'];
/** A language that is only an advantage is not required. */
const OPTIONAL_STEMS = ['advantage', 'fordel', 'merit', 'fördel', 'mile widzian', 'atut', 'nie jest wymagan', 'επιθυμητ'];
const OPTIONAL_WORDS = [
  'plus', 'nice to have', 'preferred', 'preferable', 'desirable', 'desired', 'asset', 'beneficial', 'bonus',
  'helpful', 'not required', 'not necessary', 'not mandatory', 'plussiks', 'eeliseks', 'kasuks',
  'ei ole kohustuslik', 'ei ole nõutud', 'ei ole vajalik', 'pole kohustuslik', 'ønskelig', 'pluss',
  'ikke et krav', 'ikke nødvendig', 'önskvärt', 'inget krav', 'von vorteil', 'vorteilhaft', 'wünschenswert',
  'ein plus', 'wäre schön', 'nicht erforderlich', 'nicht zwingend', 'eduksi', 'etu', 'plussaa', 'ei edellytetä',
  'ei vaadita', 'θα εκτιμηθεί', 'πλεονέκτημα', 'θα θεωρηθεί', 'δεν απαιτείται',
];
/** Words right before a language name that make it one ("excellent English", "in German", "på norsk"). */
const ADJACENT_STEMS = ['dobr', 'hyvä', 'erinomai', 'καλ', 'άριστ', 'suurepära', 'języku'];
const ADJACENT_WORDS = [
  'excellent', 'good', 'strong', 'fluent', 'native', 'perfect', 'business', 'conversational', 'advanced', 'basic',
  'in', 'written', 'spoken', 'verbal', 'god', 'godt', 'gode', 'goda', 'gut', 'gute', 'guten', 'gutes', 'sehr',
  'hea', 'head', 'heal', 'på', 'auf', 'στα',
];

export const REQUIREMENT_WORDS = new TriggerMatcher<RequirementWord>([
  ...list('optional', OPTIONAL_STEMS, true),
  ...list('optional', OPTIONAL_WORDS, false),
  ...list('cue', CUE_STEMS, true),
  ...list('cue', CUE_WORDS, false),
]);
export const ADJACENT_WORDS_MATCHER = new TriggerMatcher<RequirementWord>([
  ...list('adjacent', ADJACENT_STEMS, true),
  ...list('adjacent', ADJACENT_WORDS, false),
]);
