import { en } from './en.messages';
import { et } from './et.messages';
import { nb } from './nb.messages';
import { pl } from './pl.messages';
import { el } from './el.messages';

// The board's own words in each UI language. Role and seniority names come from the taxonomy
// catalogue (libs/taxonomy), country and language names from Intl, so only the chrome is here.

export const UI_LANGUAGES = ['en', 'et', 'nb', 'pl', 'el'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface Messages {
  languageName: string;
  tagline: string;
  skipToResults: string;
  keywords: string;
  keywordsHint: string;
  search: string;
  filters: string;
  applyFilters: string;
  clearFilters: string;
  role: string;
  seniority: string;
  workMode: string;
  country: string;
  city: string;
  postingLanguage: string;
  speaks: string;
  speaksHint: string;
  shift: string;
  employer: string;
  salaryMin: string;
  currency: string;
  hasSalary: string;
  postedWithin: string;
  anyTime: string;
  within: Record<'24h' | '7d' | '30d', string>;
  sort: string;
  sorts: Record<'newest' | 'relevance' | 'salary', string>;
  remoteModes: Record<'remote' | 'hybrid' | 'onsite', string>;
  shifts: Record<'day' | 'evening' | 'night' | 'weekend' | 'rotating' | 'around_the_clock', string>;
  employmentTypes: Record<string, string>;
  jobCount: (count: string, n: number) => string;
  noResults: string;
  moreJobs: string;
  posted: string;
  perYear: string;
  salaryAsWritten: string;
  apply: string;
  applyVia: (source: string) => string;
  backToSearch: string;
  aboutJob: string;
  details: string;
  location: string;
  salary: string;
  validThrough: string;
  employmentType: string;
  requiredLanguages: string;
  sources: string;
  firstSeen: string;
  lastSeen: string;
  notFound: string;
  badRequest: string;
  busy: string;
  uiLanguage: string;
}

export const MESSAGES: Record<UiLanguage, Messages> = { en, et, nb, pl, el };

/** The `lang` parameter when it names a UI language, else the best of Accept-Language, else English. */
export function pickLanguage(param: unknown, acceptLanguage: string | undefined): UiLanguage {
  const isUi = (v: string): v is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(v);
  if (typeof param === 'string' && isUi(param)) return param;
  for (const part of (acceptLanguage ?? '').slice(0, 200).split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase().split('-')[0];
    const mapped = tag === 'no' || tag === 'nn' ? 'nb' : tag;
    if (isUi(mapped)) return mapped;
  }
  return 'en';
}
