// How ads in en, et, nb, pl, el, de, fi, sv (and neighbours) write pay: periods, "from"/"up to",
// extras that are not base pay, and phrases that promise pay without a figure.
import type { SalaryPeriod } from '../types';

/** Whole words: JavaScript's \b only knows ASCII letters, so Greek or "ö" need look-arounds. */
function words(alternatives: string[], openEnd = false): string {
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})${openEnd ? '' : '(?![\\p{L}])'}`;
}

const PERIOD_WORDS: Record<SalaryPeriod, { exact: string[]; stems?: string[] }> = {
  hour: {
    exact: [
      'h', 'hr', 'hrs', 'hour', 'hours', 'hourly', 'an hour', 'per hour', 'per hr', 'p/h', 'ph', 'godz\\.?',
      'godzinę', 'godzinie', 'za godzinę', 'na godzinę', 'per time', 'i timen', 'timen', 'timme', 'i timmen',
      'per timme', 'tim', 'std\\.?', 'stunde', 'pro stunde', 'stündlich', 'tunnis', 'tund', 'tunnilt', 'tunnissa',
      'tunti', 'ώρα', 'την ώρα', 'ανά ώρα',
    ],
    stems: [
      'timelønn', 'timelønnen', 'timesats', 'timlön', 'tunnitasu', 'tunnipalk', 'tuntipalk', 'stundenlohn',
      'stundensatz', 'ωριαί', 'ωρομίσθ', 'stawk\\p{L}* godzinow', 'godzinow',
    ],
  },
  day: {
    exact: [
      'day', 'per day', 'a day', 'daily', 'dziennie', 'na dzień', 'dzień', 'päevas', 'per dag', 'om dagen',
      'dag', 'päivässä', 'päivä', 'pro tag', 'tag', 'ημέρα', 'την ημέρα', 'ημερησίως',
    ],
    stems: ['dagsats', 'päevatasu', 'päiväpalk', 'tagessatz', 'ημερομίσθ', 'dniówk'],
  },
  week: {
    exact: [
      'week', 'wk', 'per week', 'a week', 'weekly', 'tygodniowo', 'na tydzień', 'nädalas', 'per uke', 'i uken',
      'i veckan', 'per vecka', 'viikossa', 'pro woche', 'woche', 'wöchentlich', 'εβδομαδιαίως', 'την εβδομάδα',
    ],
  },
  month: {
    exact: [
      'month', 'mo', 'mth', 'per month', 'a month', 'monthly', 'pcm', 'kuus', 'kuu', 'kuus bruto', 'mies\\.?',
      'miesięcznie', 'mc', 'm-c', 'na miesiąc', 'miesiąc', 'per måned', 'i måneden', 'mnd\\.?', 'pr\\.? mnd\\.?',
      'måned', 'i månaden', 'mån', 'per månad', 'månad', 'kk', 'kuukaudessa', 'kuussa', 'kuukausi', 'monat',
      'monatlich', 'pro monat', 'im monat', 'mtl\\.?', 'μήνα', 'το μήνα', 'ανά μήνα', 'μηνιαίως',
    ],
    stems: ['kuupalk', 'kuutasu', 'miesięczn', 'månedslønn', 'månadslön', 'månedsløn', 'kuukausipalk', 'monatsgehalt', 'μηνιαί'],
  },
  year: {
    exact: [
      'year', 'yr', 'per year', 'a year', 'annually', 'per annum', 'p\\.\\s?a\\.?', 'pa', 'annual', 'yearly', 'år',
      'per år', 'i året', 'om året', 'årlig', 'rocznie', 'na rok', 'rok', 'aastas', 'vuodessa', 'vuosi', 'v',
      'jährlich', 'pro jahr', 'jahr', 'im jahr', 'ετησίως', 'τον χρόνο', 'το χρόνο', 'ανά έτος', 'έτος',
    ],
    stems: ['årslønn', 'årsløn', 'årslön', 'roczn', 'aastapalk', 'vuosipalk', 'jahresgehalt', 'jahresbrutto', 'ετήσι'],
  },
};

export const PERIOD_PATTERNS: [SalaryPeriod, RegExp][] = (Object.keys(PERIOD_WORDS) as SalaryPeriod[]).map((p) => {
  const { exact, stems = [] } = PERIOD_WORDS[p];
  const alternatives = [words(exact)];
  if (stems.length > 0) alternatives.push(words(stems, true));
  return [p, new RegExp(alternatives.join('|'), 'iu')];
});

/** "from X": the amount is a minimum (max stays null). Matched at the end of the text before it. */
export const FROM_BEFORE_RE = new RegExp(
  `${words([
    'from', 'starting at', 'starts at', 'starting from', 'starting pay', 'starting salary', 'starting wage',
    'starting rate', 'min\\.?', 'minimum', 'at least', 'alates', 'algpalk', 'od', 'ab', 'fra', 'från', 'lähtien',
    'από', 'vanaf', 'dès', 'à partir de', 'desde',
  ])}[^\\d]{0,24}$`,
  'iu',
);
/** Finnish and Estonian put "from" after the amount ("2 500 € alkaen", "1500 € alates"). */
export const FROM_AFTER_RE = new RegExp(`^[^\\d]{0,12}${words(['alkaen', 'alates', 'upwards', 'and up', '\\+'])}`, 'iu');
/** "up to X": the amount is a maximum (min stays null). */
export const UP_TO_BEFORE_RE = new RegExp(
  `${words([
    'up to', 'upto', 'max\\.?', 'maximum', 'do', 'bis zu', 'bis', 'opp til', 'inntil', 'upp till', 'kuni',
    'enintään', 'jopa', 'έως', 'μέχρι', 'jusqu\'à', 'hasta',
  ])}[^\\d]{0,16}$`,
  'iu',
);

/** Pay that is not the base salary: bonuses, commission, allowances, differentials, perks. */
export const EXTRA_PAY_RE = new RegExp(
  words(
    [
      'bonus\\p{L}*', 'commission\\p{L}*', 'provision\\p{L}*', 'premi\\p{L}*', 'prämie\\p{L}*', 'differential\\p{L}*', 'allowance\\p{L}*',
      'incentive\\p{L}*', 'stipend\\p{L}*', 'reimburse\\p{L}*', 'sign-on', 'signing', 'relocation', 'referral', 'tips?',
      'gift', 'voucher\\p{L}*', 'equity', 'rsus?', 'stock', 'budget\\p{L}*', 'budżet\\p{L}*', 'dofinansowani\\p{L}*',
      'dodat\\p{L}*', 'zulage\\p{L}*', 'zuschl\\p{L}*', 'tillegg\\p{L}*', 'tillägg\\p{L}*', '\\p{L}+godtgjørelse',
      '\\p{L}*lisa', 'lisatasu\\p{L}*', 'tulemustasu\\p{L}*', '\\p{L}*lisä\\p{L}*', 'επίδομα\\p{L}*', 'μπόνους', 'bonus',
      'coffee', 'tuition', 'discount\\p{L}*', 'rabat\\p{L}*', 'rabatt\\p{L}*', 'worth', 'revenue', 'turnover', 'fee\\p{L}*',
      'deposit', 'costs?', 'vat',
    ],
    true,
  ),
  'iu',
);

/** Words that say the amount is pay, to prefer it over other money in a description. */
export const PAY_WORD_RE = new RegExp(
  words(
    [
      'salary', 'salaries', 'pay', 'wage\\p{L}*', 'compensation', 'rate', 'base', 'earn\\p{L}*', 'gross', 'net',
      'palk\\p{L}*', 'töötasu\\p{L}*', 'brutopalk\\p{L}*', 'tunnitasu', 'bruto', 'neto', 'lønn\\p{L}*', 'godtgjørelse', 'fastlønn\\p{L}*',
      'timelønn\\p{L}*', 'wynagrodzeni\\p{L}*', 'pensj\\p{L}*', 'stawk\\p{L}*', 'brutto', 'netto', 'μισθ\\p{L}*', 'αποδοχ\\p{L}*',
      'μικτ\\p{L}*', 'καθαρ\\p{L}*', 'gehalt\\p{L}*', 'vergütung\\p{L}*', 'lohn\\p{L}*', 'entgelt\\p{L}*', 'palkka\\p{L}*',
      'tuntipalkka', 'lön\\p{L}*', 'timlön', 'månadslön', 'grundlön', 'ersättning', 'kk', 'kuus',
    ],
    true,
  ),
  'iu',
);

/** Pay promised without a figure ("Palk kokkuleppel", "Lønn etter avtale", "competitive salary"). */
export const NO_FIGURE_RE = new RegExp(
  [
    'palk\\s+kokkuleppel', 'töötasu\\s+kokkuleppel', 'kokkuleppel', 'lønn\\s+etter\\s+avtale', 'etter\\s+avtale',
    'etter\\s+(?:hoved)?tariff\\p{L}*', 'lønn\\s+etter\\s+kvalifikasjoner', 'konkurransedyktig\\p{L}*',
    'nach\\s+tarif\\p{L}*', 'tarifliche\\p{L}*\\s+vergütung', 'attraktive\\p{L}*\\s+vergütung', 'nach\\s+vereinbarung',
    'tes:n\\s+mukaan', 'työehtosopimuksen\\s+mukaan', 'kilpailukykyinen\\s+palkka', 'sopimuksen\\s+mukaan',
    'lön\\s+enligt\\s+överenskommelse', 'enligt\\s+överenskommelse', 'individuell\\s+lönesättning',
    'enligt\\s+kollektivavtal', 'konkurrenskraftig\\s+lön', 'competitive\\s+(?:salary|pay|compensation|package|rate)',
    'negotiable', 'depending\\s+on\\s+experience', '\\bDOE\\b', 'do\\s+uzgodnienia', 'wynagrodzenie\\s+do\\s+negocjacji',
    'konkurencyjne\\s+wynagrodzenie', 'atrakcyjne\\s+wynagrodzenie', 'ανταγωνιστικ\\S*\\s+(?:πακέτο\\s+)?(?:αποδοχ|μισθ|πακέτο)\\S*',
    'βάσει\\s+(?:ΣΣΕ|συλλογικής)', 'συζητήσιμ\\S*',
  ].join('|'),
  'iu',
);

/**
 * Period words safe to read before an amount ("Timelønn 200 kr", "hourly range is $17"): stems and
 * longer words only, since short ones ("h", "v", "rok") mean other things outside the amount's tail.
 */
export const PERIOD_BEFORE_PATTERNS: [SalaryPeriod, RegExp][] = (Object.keys(PERIOD_WORDS) as SalaryPeriod[]).map((p) => {
  const { exact, stems = [] } = PERIOD_WORDS[p];
  const longExact = exact.filter((w) => w.replace(/\\./g, '').length >= 6 && !w.includes('\\'));
  const alternatives = [];
  if (longExact.length > 0) alternatives.push(words(longExact));
  if (stems.length > 0) alternatives.push(words(stems, true));
  return [p, new RegExp(alternatives.join('|') || '(?!)', 'giu')];
});
