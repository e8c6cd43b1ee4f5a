import type { RemoteMode, Role, Seniority, Shift } from '../generated/prisma/client';

/**
 * What a job seeker asked for. Every field narrows the result; values within one field are
 * alternatives ("role call_center or tech_support"), except `speaks`, which is the set of
 * languages the seeker speaks: a posting passes when every language it requires is among them.
 * Only open postings are ever searched. Values arrive validated and normalised by the API
 * (enum members, upper-case ISO countries, lower-case language codes).
 */
export interface PostingSearchFilter {
  roles?: readonly Role[];
  seniorities?: readonly Seniority[];
  /** Employer keys or names; names compare accent- and case-folded. */
  employers?: readonly string[];
  speaks?: readonly string[];
  shifts?: readonly Shift[];
  /** ISO 3166-1 alpha-2, upper case. */
  countries?: readonly string[];
  /** Compared accent- and case-folded. */
  cities?: readonly string[];
  remote?: readonly RemoteMode[];
  /** ISO 639-1 of the posting's text. */
  languages?: readonly string[];
  /** Yearly pay in the base currency; postings that state no salary still pass unless `salaryRequired`. */
  salaryAnnualMin?: number;
  salaryRequired?: boolean;
  /** Posted (or first stored) at or after this instant. */
  postedAfter?: Date;
  /** Keywords: every word must occur in title, employer or description. */
  q?: string;
}

export type PostingSort = 'newest' | 'salary' | 'relevance';

/** Where the previous page ended, in the order of its sort. */
export type PostingCursor =
  | { sort: 'newest'; sortAt: Date; id: string }
  | { sort: 'salary'; salaryAnnual: number | null; id: string }
  | { sort: 'relevance'; inTitle: boolean; sortAt: Date; id: string };

export interface PostingSearchQuery {
  filter: PostingSearchFilter;
  sort: PostingSort;
  cursor?: PostingCursor;
  limit: number;
}

/** The facets a result carries, in the order the board shows them. */
export const FACET_NAMES = ['role', 'seniority', 'employer', 'country', 'remote', 'language', 'speaks', 'shift'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface FacetBucket {
  value: string;
  count: number;
  /** Display name where the value is a key (employers). */
  label?: string;
}

/**
 * Counts for the current filter. A facet's counts ignore that facet's own filter and apply all
 * the others ("disjunctive" facets): with role=call_center selected, the role facet still says
 * how many tech_support postings adding that role would bring. `total` applies every filter.
 */
export interface PostingFacets {
  total: number;
  facets: Record<FacetName, FacetBucket[]>;
}

export interface PostingSearchItem {
  id: string;
  title: string;
  employerName: string;
  employerKey: string | null;
  roles: Role[];
  seniority: Seniority | null;
  language: string | null;
  remoteMode: RemoteMode | null;
  remoteCountries: string[];
  city: string | null;
  region: string | null;
  country: string | null;
  locationRaw: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  salaryAnnual: number | null;
  salaryRaw: string | null;
  employmentType: string | null;
  spokenLanguages: string[];
  shifts: Shift[];
  postedAt: Date | null;
  validThrough: Date | null;
  applyUrl: string | null;
  createdAt: Date;
  /** The value the listing is ordered by: postedAt, or createdAt when the source gave no date. */
  sortAt: Date;
  /** Present when sorted by relevance: every keyword is in the title (these come first). */
  titleMatch?: boolean;
}

export interface PostingSearchPage {
  items: PostingSearchItem[];
  /** Where the next page starts; null on the last page. */
  next: PostingCursor | null;
}
