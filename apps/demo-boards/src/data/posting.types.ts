// The demo boards' own data model. Every board (career site, ATS feed, RSS) renders these
// records in its own format, so one posting can appear on several boards, as real jobs do.

export type Lang = 'en' | 'et' | 'nb' | 'pl' | 'el' | 'de';

export type Role =
  | 'call_center'
  | 'tech_support'
  | 'crm_manager'
  | 'social_media'
  | 'customer_service'
  | 'cs_coordinator'
  | 'sales_support';

export type Seniority = 'agent' | 'team_leader' | 'supervisor' | 'manager' | 'director';
export type WorkMode = 'onsite' | 'hybrid' | 'remote';
export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'INTERN';

export interface Place {
  city: string;
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  postalCode?: string;
  street?: string;
}

export interface Pay {
  min: number;
  max?: number;
  /** ISO 4217. */
  currency: string;
  unit: 'HOUR' | 'MONTH' | 'YEAR';
}

/** The text of an ad, split the way most ads are: a lead paragraph and three lists. */
export interface PostingBody {
  intro: string;
  duties: string[];
  profile: string[];
  offer: string[];
}

export interface DemoPosting {
  /** Unique across all demo data; boards derive their own ids from it. */
  key: string;
  /** The employer's requisition number, shared by every board that carries the posting. */
  ref: string;
  employer: string;
  /** Overrides the employer's name on this posting (a hotel, a subsidiary). */
  hiringOrganization?: string;
  title: string;
  lang: Lang;
  /** What a correct classifier should say; null for jobs that are not customer service. */
  role: Role | null;
  seniority: Seniority;
  place: Place;
  workMode: WorkMode;
  employmentType: EmploymentType;
  pay?: Pay;
  department: string;
  /** Dates are relative to the server's clock so that the demo never goes stale. */
  postedDaysAgo: number;
  /** Negative: the posting expired that many days ago. */
  closesInDays: number;
  body: PostingBody;
}

export interface Employer {
  id: string;
  name: string;
  website: string;
  logo: string;
  about: Partial<Record<Lang, string>> & { en: string };
}
