// Names of languages as ads in en, et, nb, sv, da, pl, de, fi and el write them, with how each
// form has to be read. ISO 639-1 codes; Norwegian is "nb".
import { TriggerMatcher } from '../location/word-index';

/**
 * How a form shows that a language is meant:
 * - `cue`: an ordinary word ("English", "norsk", "svenska", "angielski") that needs a skill word
 *   in its sentence ("fluent", "snakker", "znajomość") to count;
 * - `keel` / `kiel`: Estonian and Finnish genitives that count only before "keel…"/"kiel…"
 *   ("eesti ja inglise keele oskus", "suomen ja englannin kielen taito");
 * - `self`: forms that only ever name a language ("englanniksi", "po angielsku", "αγγλικών", "Deutsch").
 * - `greek`: Greek stems; plural forms ("αγγλικά", "αγγλικών") are `self`, the rest need a cue.
 */
export type FormKind = 'cue' | 'keel' | 'kiel' | 'self' | 'greek';

interface LanguageForms {
  cue?: string[];
  keel?: string[];
  kiel?: string[];
  self?: string[];
  greek?: string[];
}

const LANGUAGES: Record<string, LanguageForms> = {
  en: {
    cue: ['english', 'engelsk', 'engelska', 'angielski', 'angielskiego', 'angielskim', 'englantia', 'englisch'],
    keel: ['inglise'],
    kiel: ['englannin'],
    self: ['englanniksi', 'po angielsku', 'englischkenntnisse'],
    greek: ['αγγλικ'],
  },
  et: {
    cue: ['estonian', 'estisk', 'estniska', 'estoński', 'estońskiego', 'estońskim', 'viroa', 'estnisch'],
    keel: ['eesti'],
    kiel: ['viron'],
    self: ['viroksi', 'po estońsku', 'eestikeelne'],
    greek: ['εσθονικ'],
  },
  nb: {
    cue: ['norwegian', 'norsk', 'norska', 'norweski', 'norweskiego', 'norweskim', 'norjaa', 'norwegisch', 'bokmål'],
    keel: ['norra'],
    kiel: ['norjan'],
    self: ['norjaksi', 'po norwesku', 'norsktalende', 'norskspråklig', 'på norsk'],
    greek: ['νορβηγικ'],
  },
  nn: { cue: ['nynorsk'] },
  pl: {
    cue: ['polish', 'polsk', 'polski', 'polskiego', 'polskim', 'puolaa', 'polnisch'],
    keel: ['poola'],
    kiel: ['puolan'],
    self: ['puolaksi', 'po polsku'],
    greek: ['πολωνικ'],
  },
  el: {
    cue: ['greek', 'gresk', 'grekiska', 'grecki', 'greckiego', 'greckim', 'kreikkaa', 'griechisch'],
    keel: ['kreeka'],
    kiel: ['kreikan'],
    self: ['kreikaksi', 'po grecku'],
    greek: ['ελληνικ'],
  },
  de: {
    cue: ['german', 'tysk', 'tyska', 'niemiecki', 'niemieckiego', 'niemieckim', 'saksaa', 'deutsch'],
    keel: ['saksa'],
    kiel: ['saksan'],
    self: ['saksaksi', 'po niemiecku', 'deutschkenntnisse', 'deutschsprachig'],
    greek: ['γερμανικ'],
  },
  fi: {
    cue: ['finnish', 'finsk', 'finska', 'fiński', 'fińskiego', 'fińskim', 'suomea', 'finnisch'],
    keel: ['soome'],
    kiel: ['suomen'],
    self: ['suomeksi', 'po fińsku', 'suomenkielinen', 'finskspråkig'],
    greek: ['φινλανδικ'],
  },
  sv: {
    cue: ['swedish', 'svensk', 'svenska', 'szwedzki', 'szwedzkiego', 'szwedzkim', 'ruotsia', 'schwedisch'],
    keel: ['rootsi'],
    kiel: ['ruotsin'],
    self: ['ruotsiksi', 'po szwedzku', 'svensktalande', 'svenskspråkig', 'på svenska'],
    greek: ['σουηδικ'],
  },
  da: {
    cue: ['danish', 'dansk', 'danska', 'duński', 'duńskiego', 'duńskim', 'tanskaa', 'dänisch'],
    keel: ['taani'],
    kiel: ['tanskan'],
    self: ['tanskaksi', 'po duńsku', 'på dansk'],
    greek: ['δανικ'],
  },
  lv: { cue: ['latvian', 'latvisk', 'lettiska', 'łotewski', 'łotewskiego', 'lettisch'], keel: ['läti'], self: ['latviaksi'] },
  lt: { cue: ['lithuanian', 'litauisk', 'litauiska', 'litewski', 'litewskiego', 'litauisch'], keel: ['leedu'], self: ['liettuaksi'] },
  ru: {
    cue: ['russian', 'russisk', 'ryska', 'rosyjski', 'rosyjskiego', 'rosyjskim', 'venäjää', 'russisch'],
    keel: ['vene'],
    kiel: ['venäjän'],
    self: ['venäjäksi', 'po rosyjsku'],
    greek: ['ρωσικ'],
  },
  uk: { cue: ['ukrainian', 'ukrainsk', 'ukrainska', 'ukraiński', 'ukraińskiego', 'ukrainisch'], keel: ['ukraina'], self: ['ukrainaksi', 'po ukraińsku'] },
  fr: {
    cue: ['french', 'fransk', 'franska', 'francuski', 'francuskiego', 'francuskim', 'ranskaa', 'französisch'],
    keel: ['prantsuse'],
    kiel: ['ranskan'],
    self: ['ranskaksi', 'po francusku'],
    greek: ['γαλλικ'],
  },
  es: {
    cue: ['spanish', 'spansk', 'spanska', 'hiszpański', 'hiszpańskiego', 'hiszpańskim', 'espanjaa', 'spanisch'],
    keel: ['hispaania'],
    kiel: ['espanjan'],
    self: ['espanjaksi', 'po hiszpańsku'],
    greek: ['ισπανικ'],
  },
  it: {
    cue: ['italian', 'italiensk', 'italienska', 'włoski', 'włoskiego', 'włoskim', 'italienisch'],
    keel: ['itaalia'],
    self: ['italiaksi', 'po włosku'],
    greek: ['ιταλικ'],
  },
  nl: { cue: ['dutch', 'flemish', 'nederlandsk', 'nederländska', 'niderlandzki', 'niderlandzkiego', 'niederländisch'], keel: ['hollandi'], kiel: ['hollannin'], greek: ['ολλανδικ'] },
  pt: { cue: ['portuguese', 'portugisisk', 'portugisiska', 'portugalski', 'portugalskiego', 'portugiesisch'], keel: ['portugali'], kiel: ['portugalin'] },
  cs: { cue: ['czech', 'tsjekkisk', 'tjeckiska', 'czeski', 'czeskiego', 'tschechisch'], keel: ['tšehhi'] },
  hu: { cue: ['hungarian', 'ungarsk', 'ungerska', 'węgierski', 'węgierskiego', 'ungarisch'], keel: ['ungari'] },
  ro: { cue: ['romanian', 'rumensk', 'rumänska', 'rumuński', 'rumuńskiego', 'rumänisch'], keel: ['rumeenia'] },
  tr: { cue: ['turkish', 'tyrkisk', 'turkiska', 'turecki', 'tureckiego', 'türkisch'], keel: ['türgi'], greek: ['τουρκικ'] },
  ar: { cue: ['arabic', 'arabisk', 'arabiska', 'arabski', 'arabskiego', 'arabisch'], keel: ['araabia'], greek: ['αραβικ'] },
  zh: { cue: ['mandarin', 'chinese', 'cantonese', 'kinesisk', 'kinesiska', 'chiński', 'chińskiego', 'chinesisch'], keel: ['hiina'], greek: ['κινεζικ'] },
  ja: { cue: ['japanese', 'japansk', 'japanska', 'japoński', 'japońskiego', 'japanisch'], keel: ['jaapani'] },
  is: { cue: ['icelandic', 'islandsk', 'isländska', 'islandzki', 'isländisch'] },
};

interface LanguageForm {
  iso: string;
  kind: FormKind;
}

/** Every form (lower case) → its language and reading. */
const FORMS = new Map<string, LanguageForm>();
for (const [iso, forms] of Object.entries(LANGUAGES)) {
  for (const kind of ['cue', 'keel', 'kiel', 'self', 'greek'] as const) {
    for (const form of forms[kind] ?? []) if (!FORMS.has(form)) FORMS.set(form, { iso, kind });
  }
}

/** All forms as word stems: what follows a form decides ("norsktalende" counts, "norske" and "Germany" do not). */
export const LANGUAGE_TRIGGERS = new TriggerMatcher<{ form: string; iso: string; kind: FormKind }>(
  [...FORMS.entries()].map(([form, { iso, kind }]) => ({ term: form, value: { form, iso, kind }, stem: true })),
);
