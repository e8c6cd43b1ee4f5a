import type { RecruiterPostingRecord, StoredPosting } from '@app/db';
import type { PostingInput } from './posting-input';

export type RecruiterPostingStatus = 'pending' | 'open' | 'closed' | 'expired';

/** What normalisation found in the posting: the same tags a crawled posting gets. */
export interface PostingTags {
  roles: string[];
  seniority: string | null;
  language: string | null;
  remoteMode: string | null;
  remoteCountries: string[];
  city: string | null;
  region: string | null;
  country: string | null;
  employmentType: string | null;
  spokenLanguages: string[];
  shifts: string[];
  salary: { min: number | null; max: number | null; currency: string | null; period: string | null; annual: number | null };
}

export interface RecruiterPostingView {
  id: string;
  /** `pending` until normalisation has stored it (see posting); then the stored posting's status. */
  status: RecruiterPostingStatus;
  revision: number;
  employer: { id: string; name: string };
  fields: PostingInput;
  /** The posting job seekers see, with its tags; null while pending. */
  posting: { id: string; url: string; status: string; title: string; tags: PostingTags } | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  links: { self: string };
}

function num(value: { toString(): string } | null): number | null {
  return value === null ? null : Number(value.toString());
}

export function postingTags(p: StoredPosting): PostingTags {
  return {
    roles: p.roles,
    seniority: p.seniority,
    language: p.language,
    remoteMode: p.remoteMode,
    remoteCountries: p.remoteCountries,
    city: p.city,
    region: p.region,
    country: p.country,
    employmentType: p.employmentType,
    spokenLanguages: p.spokenLanguages,
    shifts: p.shifts,
    salary: { min: num(p.salaryMin), max: num(p.salaryMax), currency: p.salaryCurrency, period: p.salaryPeriod, annual: num(p.salaryAnnual) },
  };
}

export function statusOf(record: RecruiterPostingRecord, stored: StoredPosting | undefined): RecruiterPostingStatus {
  if (record.closedAt) return 'closed';
  if (!stored) return 'pending';
  return stored.status;
}

export function recruiterPostingView(record: RecruiterPostingRecord, stored: StoredPosting | undefined, baseUrl: string): RecruiterPostingView {
  return {
    id: record.id,
    status: statusOf(record, stored),
    revision: record.revision,
    employer: { id: record.employer.id, name: record.employer.displayName },
    fields: record.input as unknown as PostingInput,
    posting: stored
      ? { id: stored.id, url: new URL(`/api/jobs/${stored.id}`, baseUrl).toString(), status: stored.status, title: stored.title, tags: postingTags(stored) }
      : null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    closedAt: record.closedAt?.toISOString() ?? null,
    links: { self: `/api/recruiter/postings/${record.id}` },
  };
}
