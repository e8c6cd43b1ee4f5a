// The public vocabulary of libs/taxonomy. Pure data types: no Nest, no I/O.

export const ROLES = [
  'call_center',
  'tech_support',
  'crm_manager',
  'social_media',
  'customer_service',
  'cs_coordinator',
  'sales_support',
] as const;
export type Role = (typeof ROLES)[number];

export const SENIORITIES = ['agent', 'team_leader', 'supervisor', 'manager', 'director'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const REMOTE_MODES = ['remote', 'hybrid', 'onsite'] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

export const SHIFTS = ['day', 'evening', 'night', 'weekend', 'rotating', 'around_the_clock'] as const;
export type Shift = (typeof SHIFTS)[number];

/** Why a tag was given: the field it decides, the rule that fired and the text it fired on. */
export interface Explanation {
  field:
    | 'roles'
    | 'seniority'
    | 'employer'
    | 'salary'
    | 'language'
    | 'remote'
    | 'location'
    | 'spokenLanguages'
    | 'shifts';
  rule: string;
  evidence?: string;
}

/** The raw text fields of a posting; any may be missing. */
export interface TagInput {
  title?: string;
  description?: string;
  employer?: string;
  location?: string;
  salary?: string;
  /** schema.org jobLocationType ("TELECOMMUTE") or a source's remote flag. */
  jobLocationType?: string;
  /** Structured hints a source gave; they win over text when present. */
  countryHint?: string;
  cityHint?: string;
  remoteHint?: RemoteMode;
}

export interface EmployerTag {
  /** One of the nine headline employers ("Amazon"), or null. */
  canonical: string | null;
  /** Display name: legal forms and branch qualifiers removed, official casing. */
  display: string;
  /** Stable normalised key: the same company from two sources gets the same key. */
  key: string;
}

export interface SalaryTag {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
}

export interface LocationTag {
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

export interface Tags {
  roles: Role[];
  seniority: Seniority | null;
  employer: EmployerTag | null;
  salary: SalaryTag | null;
  /** Yearly figure in the base currency of `TagOptions.rates`, for filtering and sorting. */
  salaryAnnual: number | null;
  /** ISO 639-1 of the text ("nb" for Norwegian bokmål). */
  language: string | null;
  remote: RemoteMode | null;
  /** Remote, but only from these ISO countries ("remote within Estonia" → ["EE"]). */
  remoteCountries: string[];
  location: LocationTag;
  /** ISO 639-1 codes of the languages the job requires speaking. */
  spokenLanguages: string[];
  shifts: Shift[];
  explanation: Explanation[];
}

/** One employer of the alias data file (and of the database's employer_aliases table). */
export interface EmployerEntry {
  canonical: string;
  aliases: string[];
  /** Names that resemble this employer but are other companies. */
  lookalikes: string[];
  /**
   * Mistaken spellings of the canonical name (machine translation such as Polish "Jabłko" for
   * Apple, typos): they match like aliases and display as the canonical name. Optional, so a
   * loader that only knows aliases still works (the bundled file lists them among the aliases too).
   */
  misspellings?: string[];
}

export interface ExchangeRates {
  base: string;
  /** Value of one unit of each currency in the base currency. */
  rates: Record<string, number>;
}

export interface TagOptions {
  /** Built once with `buildEmployerDirectory`; defaults to the bundled data file. */
  employers?: EmployerDirectory;
  rates?: ExchangeRates;
}

/** Opaque, precomputed matcher over a list of employer entries. */
export interface EmployerDirectory {
  readonly entries: readonly EmployerEntry[];
  match(raw: string): { tag: EmployerTag; explanation: Explanation[] };
}
