// How ads in en, et, nb, pl, el, de, fi, sv (and neighbours) write pay: periods, "from"/"up to",
// extras that are not base pay, pay words, and phrases that promise pay without a figure.
// All are words found through a TriggerMatcher, so a text is read once, not once per word list.
import { TriggerMatcher, type Trigger } from '../location/word-index';
import type { SalaryPeriod } from '../types';

export type SalaryWord =
  /** A period; `strong` ones may also stand before the amount ("Timelønn 200 kr", "hourly range is $17"). */
  | { kind: 'period'; period: SalaryPeriod; strong: boolean }
  | { kind: 'from' }
  | { kind: 'from-after' }
  | { kind: 'up-to' }
  /** Bonus, commission, allowance, differential, perks: money that is not base pay. */
  | { kind: 'extra' }
  /** A word that says the amount is pay. */
  | { kind: 'pay' }
  /** A joining word that ends one statement about money ("… per annum plus shift allowance"). */
  | { kind: 'break' }
  /** Pay promised without a figure ("Palk kokkuleppel", "competitive salary"). */
  | { kind: 'no-figure' }
  /** A pay grade or step, whose number is not money ("lønnstrinn 45", "Entgeltgruppe 9"). */
  | { kind: 'grade' };

type Lists = { words?: string[]; stems?: string[] };

function triggers(value: SalaryWord, { words = [], stems = [] }: Lists): Trigger<SalaryWord>[] {
  return [...words.map((term) => ({ term, value })), ...stems.map((term) => ({ term, value, stem: true }))];
}

const STRONG_PERIODS: Record<SalaryPeriod, Lists> = {
  hour: {
    words: [
      'hourly', 'per hour', 'an hour', 'per hr', 'za godzinę', 'na godzinę', 'pro stunde', 'stündlich', 'i timen',
      'per time', 'per timme', 'i timmen', 'tunnis', 'ανά ώρα', 'την ώρα',
    ],
    stems: ['timelønn', 'timesats', 'timlön', 'tunnitasu', 'tunnipalk', 'tuntipalk', 'stundenlohn', 'stundensatz', 'ωριαί', 'ωρομίσθ', 'godzinow'],
  },
  day: {
    words: ['daily', 'per day', 'a day', 'dziennie', 'na dzień', 'päevas', 'per dag', 'om dagen', 'päivässä', 'pro tag', 'ημερησίως', 'την ημέρα'],
    stems: ['päevatasu', 'dagsats', 'päiväpalk', 'tagessatz', 'ημερομίσθ', 'dniówk'],
  },
  week: {
    words: ['weekly', 'per week', 'a week', 'tygodniowo', 'na tydzień', 'nädalas', 'per uke', 'i uken', 'i veckan', 'per vecka', 'viikossa', 'pro woche', 'wöchentlich', 'εβδομαδιαίως', 'την εβδομάδα'],
  },
  month: {
    words: [
      'monthly', 'per month', 'a month', 'per måned', 'i måneden', 'i månaden', 'per månad', 'na miesiąc',
      'kuukaudessa', 'monatlich', 'pro monat', 'im monat', 'το μήνα', 'ανά μήνα', 'τον μήνα', 'μηνιαίως',
    ],
    stems: ['månedslønn', 'månedsløn', 'månadslön', 'kuupalk', 'kuutasu', 'miesięczn', 'kuukausipalk', 'monatsgehalt', 'μηνιαί'],
  },
  year: {
    words: [
      'annually', 'per annum', 'per year', 'a year', 'annual', 'yearly', 'per år', 'i året', 'om året', 'rocznie',
      'na rok', 'aastas', 'vuodessa', 'jährlich', 'pro jahr', 'im jahr', 'ετησίως', 'τον χρόνο', 'το χρόνο', 'ανά έτος',
    ],
    stems: ['årslønn', 'årsløn', 'årslön', 'roczn', 'aastapalk', 'vuosipalk', 'jahresgehalt', 'jahresbrutto', 'ετήσι'],
  },
};
/** Short period words, read only right after the amount ("€/kk", "zł/h", "p.a.", "/mies."). */
const WEAK_PERIODS: Record<SalaryPeriod, Lists> = {
  hour: { words: ['h', 'hr', 'hrs', 'hour', 'ph', 'p/h', 'godz', 'godzinę', 'timme', 'tim', 'std', 'stunde', 'tund', 'tunti', 'ώρα'] },
  day: { words: ['day', 'dzień', 'dag', 'päivä', 'tag', 'ημέρα'] },
  week: { words: ['week', 'wk', 'woche'] },
  month: { words: ['month', 'mo', 'mth', 'pcm', 'kuus', 'kuu', 'mies', 'msc', 'mc', 'm-c', 'miesiąc', 'mnd', 'måned', 'mån', 'månad', 'kk', 'kuukausi', 'monat', 'mtl', 'μήνα'] },
  year: { words: ['year', 'yr', 'p.a.', 'p. a.', 'pa', 'år', 'årlig', 'rok', 'vuosi', 'v', 'jahr', 'έτος'] },
};

const periodTriggers = (source: Record<SalaryPeriod, Lists>, strong: boolean): Trigger<SalaryWord>[] =>
  (Object.keys(source) as SalaryPeriod[]).flatMap((period) => triggers({ kind: 'period', period, strong }, source[period]));

export const SALARY_WORDS = new TriggerMatcher<SalaryWord>([
  ...periodTriggers(STRONG_PERIODS, true),
  ...periodTriggers(WEAK_PERIODS, false),
  ...triggers({ kind: 'from' }, {
    words: [
      'from', 'starting at', 'starts at', 'starting from', 'starting pay', 'starting salary', 'starting wage',
      'starting rate', 'min', 'minimum', 'at least', 'alates', 'od', 'ab', 'fra', 'från', 'από', 'vanaf', 'dès',
      'à partir de', 'desde',
    ],
    stems: ['algpalk'],
  }),
  ...triggers({ kind: 'from-after' }, { words: ['alkaen', 'lähtien', 'upwards', 'and up', 'or more'] }),
  ...triggers({ kind: 'up-to' }, {
    words: ['up to', 'upto', 'max', 'maximum', 'do', 'bis zu', 'bis', 'opp til', 'inntil', 'upp till', 'kuni', 'enintään', 'jopa', 'έως', 'μέχρι', "jusqu'à", 'hasta'],
  }),
  ...triggers({ kind: 'extra' }, {
    words: ['sign-on', 'signing', 'relocation', 'referral', 'tip', 'tips', 'equity', 'rsu', 'rsus', 'stock', 'μπόνους', 'tuition', 'worth', 'revenue', 'turnover', 'fee', 'fees', 'deposit', 'cost', 'costs', 'vat'],
    stems: [
      'bonus', 'commission', 'provision', 'premi', 'prämie', 'differential', 'allowance', 'incentive', 'stipend',
      'reimburse', 'gift', 'voucher', 'budget', 'budżet', 'dofinansowani', 'dodat', 'zulage', 'zuschl', 'tillegg',
      'tillägg', 'lisatasu', 'tulemustasu', 'επίδομα', 'discount', 'rabat', 'rabatt',
    ],
  }),
  ...triggers({ kind: 'pay' }, {
    words: ['salary', 'salaries', 'pay', 'compensation', 'rate', 'base', 'gross', 'net', 'tunnitasu', 'bruto', 'neto', 'godtgjørelse', 'brutto', 'netto', 'tuntipalkka', 'timlön', 'månadslön', 'grundlön', 'ersättning'],
    stems: ['wage', 'earn', 'palk', 'töötasu', 'brutopalk', 'lønn', 'fastlønn', 'wynagrodzeni', 'pensj', 'stawk', 'μισθ', 'αποδοχ', 'μικτ', 'καθαρ', 'gehalt', 'vergütung', 'lohn', 'entgelt', 'lön'],
  }),
  ...triggers({ kind: 'grade' }, {
    words: ['grade', 'band', 'level', 'step', 'ltr', 'eg', 'tvöd', 'tv-l', 'lönegrad', 'βαθμός', 'κλιμάκιο'],
    stems: ['lønnstrinn', 'lønnsklasse', 'stillingskode', 'palgaaste', 'entgeltgruppe', 'palkkaluok', 'vaativuusryhm', 'lönegrad', 'kategori'],
  }),
  ...triggers({ kind: 'break' }, { words: ['plus', 'and', 'with', 'oraz', 'i', 'lub', 'or', 'eller', 'und', 'oder', 'sowie', 'og', 'och', 'ja', 'tai', 'και', 'ή'] }),
  ...triggers({ kind: 'no-figure' }, {
    words: [
      'kokkuleppel', 'etter avtale', 'etter kvalifikasjoner', 'nach vereinbarung', 'tes:n mukaan',
      'työehtosopimuksen mukaan', 'kilpailukykyinen palkka', 'sopimuksen mukaan', 'enligt överenskommelse',
      'individuell lönesättning', 'enligt kollektivavtal', 'konkurrenskraftig lön', 'competitive salary',
      'competitive pay', 'competitive compensation', 'competitive package', 'competitive rate', 'negotiable',
      'depending on experience', 'doe', 'do uzgodnienia', 'do negocjacji', 'konkurencyjne wynagrodzenie',
      'atrakcyjne wynagrodzenie', 'βάσει σσε', 'βάσει συλλογικής',
    ],
    stems: ['etter tariff', 'etter hovedtariff', 'konkurransedyktig', 'nach tarif', 'tarifliche', 'attraktive vergütung', 'ανταγωνιστικ', 'συζητήσιμ'],
  }),
]);

/** Compounds that end in an extra ("kjøregodtgjørelse", "öölisa", "vuorolisät", "Schichtzulage"). */
export const EXTRA_COMPOUND_RE = /\p{L}(?:godtgjørelse|lisa|lisä\p{L}*|tillegg\p{L}*|tillägg\p{L}*|zulage\p{L}*|zuschlag\p{L}*|premie\p{L}*|bonus\p{L}*)(?![\p{L}])/u;
