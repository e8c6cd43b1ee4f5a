import { tagPosting, type Explanation, type Role, type SalaryPeriod, type Seniority, type Shift, type RemoteMode, type TagOptions } from '@app/taxonomy';
import type { RawPosting } from './raw-posting';
import { descriptionToText, sanitizeDescription } from './sanitize-description';
import { contentHash, postingFingerprint } from './fingerprint';
import { parseEmploymentType, type EmploymentType } from './employment-type';
import { parseFeedDate } from './parse-date';

/** A raw posting that can never become a posting (no title, no id): retrying cannot help. */
export class InvalidPostingError extends Error {
  override name = 'InvalidPostingError';
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

export interface NormalizedPosting {
  externalId: string;
  url: string;
  title: string;
  description: string;
  descriptionText: string;
  employerName: string;
  employerKey: string;
  employerCanonical: string | null;
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
  salaryPeriod: SalaryPeriod | null;
  salaryAnnual: number | null;
  salaryRaw: string | null;
  employmentType: EmploymentType | null;
  spokenLanguages: string[];
  shifts: Shift[];
  postedAt: Date | null;
  validThrough: Date | null;
  applyUrl: string | null;
  fingerprint: string;
  contentHash: string;
  explanation: Explanation[];
}

const MAX_TITLE = 300;
const MAX_FIELD = 500;

function clip(value: string | undefined, max = MAX_FIELD): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

function safeUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function structuredSalaryText(raw: RawPosting): string | undefined {
  const s = raw.salary;
  if (!s || (s.min === undefined && s.max === undefined)) return undefined;
  const range = s.min !== undefined && s.max !== undefined && s.max !== s.min ? `${s.min}-${s.max}` : String(s.min ?? s.max);
  return [range, s.currency, s.period ? `per ${s.period}` : ''].filter(Boolean).join(' ');
}

const PERIODS: Record<string, SalaryPeriod> = { hour: 'hour', hourly: 'hour', day: 'day', daily: 'day', week: 'week', weekly: 'week', month: 'month', monthly: 'month', year: 'year', yearly: 'year', annual: 'year', annually: 'year', salary: 'year' };

/**
 * RawPosting → the stored form: sanitised description, tags from libs/taxonomy, fingerprint for
 * cross-source deduplication and a content hash to skip unchanged work. Pure; throws only
 * InvalidPostingError.
 */
export function normalizePosting(raw: RawPosting, options: TagOptions & { employerHint?: string } = {}): NormalizedPosting {
  const title = clip(raw.title, MAX_TITLE);
  if (!title) throw new InvalidPostingError('title', 'is empty');
  const externalId = clip(raw.externalId, 1000);
  if (!externalId) throw new InvalidPostingError('externalId', 'is empty');
  const url = safeUrl(raw.url);
  if (!url) throw new InvalidPostingError('url', `is not an http(s) URL: ${String(raw.url).slice(0, 100)}`);

  const description = sanitizeDescription(raw.description ?? '');
  const descriptionText = descriptionToText(description);
  const employerRaw = clip(raw.employer) ?? clip(options.employerHint);
  const locationRaw = clip(raw.location) ?? (clip([raw.city, raw.region, raw.country].filter(Boolean).join(', ')) || undefined);
  const salaryText = clip(raw.salaryText) ?? structuredSalaryText(raw);

  const tags = tagPosting(
    {
      title,
      description: descriptionText,
      employer: employerRaw,
      location: locationRaw,
      salary: salaryText,
      remoteHint: raw.remote,
      countryHint: raw.country && /^[A-Za-z]{2}$/.test(raw.country) ? raw.country.toUpperCase() : undefined,
      cityHint: clip(raw.city),
    },
    options,
  );

  // A source's structured salary is exact; the tagger's parse of text is the fallback.
  const structured = raw.salary && (raw.salary.min !== undefined || raw.salary.max !== undefined) ? raw.salary : undefined;
  const salaryMin = structured ? (structured.min ?? structured.max ?? null) : (tags.salary?.min ?? null);
  const salaryMax = structured ? (structured.max ?? null) : (tags.salary?.max ?? null);
  const salaryCurrency = (structured?.currency?.toUpperCase() || tags.salary?.currency) ?? null;
  const salaryPeriod = (structured?.period ? PERIODS[structured.period.toLowerCase()] : undefined) ?? tags.salary?.period ?? null;

  const employerName = tags.employer?.display || employerRaw || 'Unknown employer';
  const employerKey = tags.employer?.key || 'unknown';
  const city = tags.location.city ?? clip(raw.city) ?? null;
  const country = tags.location.country ?? null;
  const fingerprint = postingFingerprint({
    employerKey: tags.employer?.canonical ? `canonical-${tags.employer.canonical}` : employerKey,
    title,
    city,
    country,
    remote: tags.remote,
  });

  const normalized: Omit<NormalizedPosting, 'contentHash'> = {
    externalId,
    url,
    title,
    description,
    descriptionText,
    employerName,
    employerKey,
    employerCanonical: tags.employer?.canonical ?? null,
    roles: tags.roles,
    seniority: tags.seniority,
    language: clip(raw.language)?.slice(0, 2).toLowerCase() ?? tags.language,
    remoteMode: tags.remote,
    remoteCountries: tags.remoteCountries,
    city,
    region: clip(raw.region) ?? null,
    country,
    locationRaw: locationRaw ?? null,
    salaryMin,
    salaryMax,
    salaryCurrency,
    salaryPeriod,
    salaryAnnual: tags.salaryAnnual,
    salaryRaw: salaryText ?? null,
    employmentType: parseEmploymentType(raw.employmentType),
    spokenLanguages: tags.spokenLanguages,
    shifts: tags.shifts,
    postedAt: parseFeedDate(raw.datePosted),
    validThrough: parseFeedDate(raw.validThrough),
    applyUrl: safeUrl(raw.applyUrl) ?? url,
    fingerprint,
    explanation: tags.explanation,
  };
  // Tags are hashed, so better rules re-save a posting; the explanation's wording is not, so
  // rewording a rule does not rewrite every row.
  const { explanation: _explanation, ...hashed } = normalized;
  return { ...normalized, contentHash: contentHash(hashed) };
}
