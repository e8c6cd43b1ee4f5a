import type { EmploymentType, Lang, Pay, WorkMode } from '../data/posting.types';

interface Labels {
  locale: string;
  apply: string;
  posted: string;
  closes: string;
  location: string;
  salary: string;
  employmentType: Record<EmploymentType, string>;
  workMode: Record<WorkMode, string>;
  per: Record<Pay['unit'], string>;
  gross: string;
}

const LABELS: Record<Lang, Labels> = {
  en: {
    locale: 'en-US',
    apply: 'Apply now',
    posted: 'Posted',
    closes: 'Apply by',
    location: 'Location',
    salary: 'Salary',
    employmentType: { FULL_TIME: 'Full-time', PART_TIME: 'Part-time', CONTRACTOR: 'Contract', TEMPORARY: 'Temporary', INTERN: 'Internship' },
    workMode: { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' },
    per: { HOUR: 'per hour', MONTH: 'per month', YEAR: 'per year' },
    gross: 'gross',
  },
  et: {
    locale: 'et-EE',
    apply: 'Kandideeri',
    posted: 'Avaldatud',
    closes: 'Kandideerimise tähtaeg',
    location: 'Asukoht',
    salary: 'Palk',
    employmentType: { FULL_TIME: 'Täistööaeg', PART_TIME: 'Osaline tööaeg', CONTRACTOR: 'Lepinguline', TEMPORARY: 'Ajutine', INTERN: 'Praktika' },
    workMode: { onsite: 'Kontoris', hybrid: 'Hübriidtöö', remote: 'Kaugtöö' },
    per: { HOUR: 'tunnis', MONTH: 'kuus', YEAR: 'aastas' },
    gross: 'bruto',
  },
  nb: {
    locale: 'nb-NO',
    apply: 'Søk på stillingen',
    posted: 'Publisert',
    closes: 'Søknadsfrist',
    location: 'Arbeidssted',
    salary: 'Lønn',
    employmentType: { FULL_TIME: 'Fast heltid', PART_TIME: 'Deltid', CONTRACTOR: 'Oppdrag', TEMPORARY: 'Vikariat', INTERN: 'Trainee' },
    workMode: { onsite: 'På kontoret', hybrid: 'Hybrid', remote: 'Hjemmekontor' },
    per: { HOUR: 'per time', MONTH: 'per måned', YEAR: 'per år' },
    gross: 'brutto',
  },
  pl: {
    locale: 'pl-PL',
    apply: 'Aplikuj',
    posted: 'Opublikowano',
    closes: 'Ważne do',
    location: 'Lokalizacja',
    salary: 'Wynagrodzenie',
    employmentType: { FULL_TIME: 'Pełny etat', PART_TIME: 'Część etatu', CONTRACTOR: 'Kontrakt B2B', TEMPORARY: 'Praca tymczasowa', INTERN: 'Staż' },
    workMode: { onsite: 'Praca stacjonarna', hybrid: 'Praca hybrydowa', remote: 'Praca zdalna' },
    per: { HOUR: 'za godzinę', MONTH: 'miesięcznie', YEAR: 'rocznie' },
    gross: 'brutto',
  },
  el: {
    locale: 'el-GR',
    apply: 'Υποβολή αίτησης',
    posted: 'Δημοσιεύθηκε',
    closes: 'Λήξη αιτήσεων',
    location: 'Τοποθεσία',
    salary: 'Αποδοχές',
    employmentType: { FULL_TIME: 'Πλήρης απασχόληση', PART_TIME: 'Μερική απασχόληση', CONTRACTOR: 'Σύμβαση έργου', TEMPORARY: 'Εποχική', INTERN: 'Πρακτική άσκηση' },
    workMode: { onsite: 'Δια ζώσης', hybrid: 'Υβριδική', remote: 'Εξ αποστάσεως' },
    per: { HOUR: 'ανά ώρα', MONTH: 'μηνιαίως', YEAR: 'ετησίως' },
    gross: 'μικτά',
  },
  de: {
    locale: 'de-DE',
    apply: 'Jetzt bewerben',
    posted: 'Veröffentlicht',
    closes: 'Bewerbungsfrist',
    location: 'Standort',
    salary: 'Gehalt',
    employmentType: { FULL_TIME: 'Vollzeit', PART_TIME: 'Teilzeit', CONTRACTOR: 'Freiberuflich', TEMPORARY: 'Befristet', INTERN: 'Praktikum' },
    workMode: { onsite: 'Vor Ort', hybrid: 'Hybrid', remote: 'Remote' },
    per: { HOUR: 'pro Stunde', MONTH: 'monatlich', YEAR: 'jährlich' },
    gross: 'brutto',
  },
};

export function labelsFor(lang: Lang): Labels {
  return LABELS[lang];
}

/** "1 450 € – 1 700 € kuus, bruto": the way a local ad would print the range. */
export function formatPay(pay: Pay, lang: Lang): string {
  const l = LABELS[lang];
  const money = new Intl.NumberFormat(l.locale, {
    style: 'currency',
    currency: pay.currency,
    maximumFractionDigits: Number.isInteger(pay.min) && Number.isInteger(pay.max ?? 0) ? 0 : 2,
  });
  const range = pay.max === undefined ? money.format(pay.min) : `${money.format(pay.min)} – ${money.format(pay.max)}`;
  return `${range} ${l.per[pay.unit]}, ${l.gross}`;
}
