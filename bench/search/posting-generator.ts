import { randomUUID } from 'node:crypto';
import { BIG_EMPLOYERS, EMPLOYER_STEMS, EMPLOYER_SUFFIXES, MARKETS, SENIORITY_PREFIX, SENTENCES, TITLES, type Market, type Role } from './posting-vocabulary';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedEmployer {
  id: string;
  key: string;
  displayName: string;
}

/** One postings row, in the column order of COPY_COLUMNS. */
export interface GeneratedPosting {
  id: string;
  title: string;
  description: string;
  descriptionText: string;
  employerId: string | null;
  employerName: string;
  roles: Role[];
  seniority: string | null;
  language: string;
  remoteMode: string | null;
  remoteCountries: string[];
  city: string | null;
  country: string;
  locationRaw: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  salaryAnnual: number | null;
  salaryRaw: string | null;
  employmentType: string;
  spokenLanguages: string[];
  shifts: string[];
  postedAt: Date | null;
  status: 'open' | 'closed' | 'expired';
  fingerprint: string;
  applyUrl: string;
  createdAt: Date;
}

const ROLES: Role[] = ['call_center', 'tech_support', 'crm_manager', 'social_media', 'customer_service', 'cs_coordinator', 'sales_support'];
/** Postings per role are far from even: most of the board is agents answering customers. */
const ROLE_WEIGHTS = [0.26, 0.18, 0.04, 0.05, 0.34, 0.05, 0.08];
const MARKET_WEIGHTS = [0.08, 0.1, 0.16, 0.07, 0.17, 0.07, 0.09, 0.1, 0.04, 0.12];
const SHIFTS = ['day', 'evening', 'night', 'weekend', 'rotating', 'around_the_clock'];
const PERIOD_FACTOR: Record<string, number> = { hour: 2080, month: 12, year: 1 };
const DAY = 24 * 60 * 60 * 1000;

export interface GeneratorOptions {
  seed: number;
  /** Distinct employers, of which the big ones come first. */
  employers: number;
  /** Value of one unit of each currency in the base currency (the API's SALARY_RATES). */
  rates: Record<string, number>;
  now: Date;
  /** Reuse these employers (already in the database) instead of making new ones. */
  existingEmployers?: GeneratedEmployer[];
  /** Fingerprints are `${prefix}|${i}`; a second batch into the same database needs another prefix. */
  fingerprintPrefix?: string;
}

/** Realistic postings: every role, language, country, seniority, shift and remote mode, salaries in local currencies. */
export class PostingGenerator {
  readonly employers: GeneratedEmployer[];
  private readonly random: () => number;

  constructor(private readonly options: GeneratorOptions) {
    this.random = seededRandom(options.seed);
    this.employers = options.existingEmployers ?? Array.from({ length: options.employers }, (_, i) => {
      const name = i < BIG_EMPLOYERS.length ? BIG_EMPLOYERS[i] : `${this.pick(EMPLOYER_STEMS)} ${this.pick(EMPLOYER_SUFFIXES)} ${i}`;
      return { id: randomUUID(), key: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), displayName: name };
    });
  }

  next(i: number): GeneratedPosting {
    const market = this.weighted(MARKETS, MARKET_WEIGHTS);
    const role = this.weighted(ROLES, ROLE_WEIGHTS);
    const roles: Role[] = this.random() < 0.15 ? [role, this.pick(ROLES.filter((r) => r !== role))] : [role];
    // Big employers carry a large share of postings, as on real boards.
    const employer = this.random() < 0.4 ? this.employers[Math.floor(this.random() ** 2 * Math.min(20, this.employers.length))] : this.pick(this.employers);
    const linked = this.random() < 0.8;
    const seniority = this.weighted(['agent', 'team_leader', 'supervisor', 'manager', 'director', null], [0.62, 0.12, 0.08, 0.08, 0.02, 0.08]);
    const language = this.random() < 0.25 && market.language !== 'en' ? 'en' : market.language;
    const baseTitle = this.pick(TITLES[language][role]);
    const prefix = seniority && SENIORITY_PREFIX[seniority] ? `${SENIORITY_PREFIX[seniority][language]} – ` : '';
    const title = prefix + baseTitle;
    const city = this.random() < 0.9 ? this.pick(market.cities) : null;
    const remoteMode = this.weighted(['onsite', 'hybrid', 'remote', null], [0.55, 0.25, 0.15, 0.05]);
    const spoken = this.spokenLanguages(market);
    const shifts = this.random() < 0.6 ? this.sample(SHIFTS, 1 + Math.floor(this.random() * 2)) : [];
    const salary = this.salary(market, seniority);
    const sentences = this.sample(SENTENCES[language], 3 + Math.floor(this.random() * 2));
    const descriptionText = `${title} — ${employer.displayName}, ${city ?? market.country}. ${sentences.join(' ')}`;
    const age = this.random() ** 1.6 * 120 * DAY;
    const postedAt = this.random() < 0.92 ? new Date(this.options.now.getTime() - age) : null;
    const status = this.weighted(['open', 'closed', 'expired'] as const, [0.86, 0.1, 0.04]);
    return {
      id: randomUUID(),
      title,
      description: `<p>${sentences.map(escapeHtml).join('</p><p>')}</p>`,
      descriptionText,
      employerId: linked ? employer.id : null,
      employerName: employer.displayName,
      roles,
      seniority,
      language,
      remoteMode,
      remoteCountries: remoteMode === 'remote' && this.random() < 0.5 ? [market.country] : [],
      city,
      country: market.country,
      locationRaw: city ? `${city}, ${market.country}` : market.country,
      ...salary,
      employmentType: this.weighted(['full_time', 'part_time', 'temporary', 'contract'], [0.7, 0.18, 0.07, 0.05]),
      spokenLanguages: spoken,
      shifts,
      postedAt,
      status,
      fingerprint: `${this.options.fingerprintPrefix ?? 'bench'}|${i}`,
      applyUrl: `https://careers.example.test/${employer.key}/jobs/${i}`,
      createdAt: new Date(this.options.now.getTime() - age + (postedAt ? 3_600_000 : 0)),
    };
  }

  private spokenLanguages(market: Market): string[] {
    const out = new Set<string>();
    if (this.random() < 0.75) out.add(market.language);
    if (this.random() < 0.55) out.add('en');
    if (this.random() < 0.08) out.add(this.pick(['de', 'fr', 'ru', 'sv', 'fi', 'es', 'it', 'nl']));
    return [...out];
  }

  private salary(market: Market, seniority: string | null): Pick<GeneratedPosting, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod' | 'salaryAnnual' | 'salaryRaw'> {
    if (this.random() < 0.45) return { salaryMin: null, salaryMax: null, salaryCurrency: null, salaryPeriod: null, salaryAnnual: null, salaryRaw: null };
    const level = seniority === 'manager' || seniority === 'director' ? 1.8 : seniority === 'agent' || seniority === null ? 1 : 1.3;
    const period = this.weighted(['month', 'hour', 'year'], [0.6, 0.2, 0.2]);
    const monthly = market.monthly * level * (0.8 + this.random() * 0.5);
    const min = round(period === 'month' ? monthly : period === 'hour' ? (monthly * 12) / 2080 : monthly * 12, period === 'hour' ? 2 : 0);
    const max = round(min * (1.1 + this.random() * 0.3), period === 'hour' ? 2 : 0);
    const rate = this.options.rates[market.currency] ?? 1;
    return {
      salaryMin: min,
      salaryMax: max,
      salaryCurrency: market.currency,
      salaryPeriod: period,
      salaryAnnual: round(min * PERIOD_FACTOR[period] * rate, 2),
      salaryRaw: `${min}–${max} ${market.currency} / ${period}`,
    };
  }

  private pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)];
  }

  private sample<T>(values: readonly T[], n: number): T[] {
    const pool = [...values];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]);
    return out;
  }

  private weighted<T>(values: readonly T[], weights: readonly number[]): T {
    let r = this.random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < values.length; i++) {
      r -= weights[i];
      if (r < 0) return values[i];
    }
    return values[values.length - 1];
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
