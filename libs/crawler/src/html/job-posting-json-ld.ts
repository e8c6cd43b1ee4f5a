import type { RawPosting } from '@app/postings';
import type { JsonLdNode } from './json-ld';
import { absoluteHttpUrl, plainText, unescapeHtmlOnce } from './text';

/** Where a JobPosting node was found, for URLs and defaults. */
export interface JobPostingContext {
  /** The page the node was read from (the posting's `url`). */
  pageUrl: string;
  /** Employer to use when the node has no hiringOrganization. */
  employer?: string;
}

const PERIODS: Record<string, string> = {
  hour: 'hour',
  hourly: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
};

/**
 * A schema.org JobPosting as a RawPosting, or undefined when it has no title. Reads the shapes
 * seen in the wild, not only the canonical ones: strings or objects or arrays for most fields,
 * numbers as strings, HTML descriptions written as entities.
 */
export function jobPostingFromJsonLd(node: JsonLdNode, ctx: JobPostingContext): RawPosting | undefined {
  const title = text(node.title) ?? text(node.name);
  if (!title) return undefined;
  const ownUrl = absoluteHttpUrl(text(node.url), ctx.pageUrl);
  const places = list(node.jobLocation).map(readPlace).filter((p): p is Place => p !== undefined);
  const applicantAreas = list(node.applicantLocationRequirements)
    .map((a) => (typeof a === 'string' ? plainText(a) : nameOf(a)))
    .filter((a): a is string => !!a);
  const first = places[0];
  const remote = list(node.jobLocationType).some((t) => typeof t === 'string' && /telecommute/i.test(t))
    ? ('remote' as const)
    : undefined;

  const posting: RawPosting = {
    externalId: identifierOf(node.identifier) ?? ownUrl ?? stripHash(ctx.pageUrl),
    url: ctx.pageUrl,
    title,
    description: typeof node.description === 'string' ? unescapeHtmlOnce(node.description.trim()) : '',
    employer: nameOf(node.hiringOrganization) ?? ctx.employer,
    location: places.length ? places.map((p) => p.text).filter(Boolean).join('; ') || undefined : applicantAreas.join(', ') || undefined,
    city: first?.city,
    region: first?.region,
    country: first?.country ?? (applicantAreas.length === 1 ? countryCode(applicantAreas[0]) : undefined),
    remote,
    ...salaryOf(node.baseSalary ?? node.estimatedSalary),
    employmentType: list(node.employmentType).map(text).filter(Boolean).join(', ') || undefined,
    datePosted: text(node.datePosted),
    validThrough: text(node.validThrough),
    applyUrl: applyUrlOf(node.potentialAction, ctx.pageUrl) ?? ownUrl,
    language: languageOf(node.inLanguage),
  };
  return compact(posting);
}

interface Place {
  text: string;
  city?: string;
  region?: string;
  country?: string;
}

function readPlace(value: unknown): Place | undefined {
  if (typeof value === 'string') return { text: plainText(value) };
  const node = record(value);
  if (!node) return undefined;
  const rawAddress = node.address ?? (node.addressLocality || node.addressCountry ? node : undefined);
  if (typeof rawAddress === 'string') return { text: plainText(rawAddress) };
  const address = record(first(rawAddress));
  const city = text(address?.addressLocality);
  const region = text(address?.addressRegion);
  const countryName = address ? nameOf(address.addressCountry) : undefined;
  const country = countryName && countryCode(countryName);
  const parts = [city, region, country].filter((p): p is string => !!p);
  const name = text(node.name);
  if (!parts.length && !name) return undefined;
  return { text: parts.length ? parts.join(', ') : name!, city, region, country };
}

/** ISO alpha-2 upper-cased when it is one; otherwise the name as written. */
function countryCode(value: string): string {
  return /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : value;
}

function salaryOf(value: unknown): Pick<RawPosting, 'salary' | 'salaryText'> {
  const raw = first(value);
  if (typeof raw === 'string' || typeof raw === 'number') return { salaryText: plainText(String(raw)) || undefined };
  const amount = record(raw);
  if (!amount) return {};
  const inner = first(amount.value);
  const quantity = record(inner);
  const exact = quantity ? num(quantity.value) : num(inner);
  const min = quantity ? (num(quantity.minValue) ?? exact) : exact;
  const max = quantity ? (num(quantity.maxValue) ?? exact) : exact;
  if (min === undefined && max === undefined) {
    return typeof inner === 'string' ? { salaryText: plainText(inner) || undefined } : {};
  }
  const unit = text(quantity?.unitText) ?? text(amount.unitText);
  const currency = text(amount.currency) ?? text(quantity?.currency);
  return {
    salary: {
      min,
      max,
      currency: currency?.toUpperCase(),
      period: unit ? (PERIODS[unit.toLowerCase()] ?? unit.toLowerCase()) : undefined,
    },
  };
}

function identifierOf(value: unknown): string | undefined {
  const raw = first(value);
  if (typeof raw === 'string' || typeof raw === 'number') return text(raw);
  const node = record(raw);
  return node ? (text(node.value) ?? text(node['@value'])) : undefined;
}

function applyUrlOf(value: unknown, base: string): string | undefined {
  for (const action of list(value)) {
    const node = record(action);
    if (!node) continue;
    const target = first(node.target);
    const href = typeof target === 'string' ? target : text(record(target)?.urlTemplate) ?? text(record(target)?.url);
    const url = absoluteHttpUrl(href, base);
    if (url) return url;
  }
  return undefined;
}

function languageOf(value: unknown): string | undefined {
  const raw = first(value);
  const code = typeof raw === 'string' ? raw : (text(record(raw)?.alternateName) ?? undefined);
  const m = code ? /^([a-z]{2})(?:[-_]|$)/i.exec(code.trim()) : null;
  return m ? m[1].toLowerCase() : undefined;
}

/** A name from a string, an object with name/legalName, or the first of an array. */
function nameOf(value: unknown): string | undefined {
  const raw = first(value);
  if (typeof raw === 'string') return plainText(raw) || undefined;
  const node = record(raw);
  return node ? (text(node.name) ?? text(node.legalName) ?? text(node.alternateName)) : undefined;
}

function text(value: unknown): string | undefined {
  const raw = first(value);
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw === 'string') return plainText(raw) || undefined;
  const node = record(raw);
  if (node && '@value' in node) return text(node['@value']);
  return undefined;
}

/** A number, also from "2 500", "2,500", "2.500" (thousands) or "2500,50" (decimal comma). */
function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(/[\s\u00a0']/g, '');
  if (!cleaned) return undefined;
  const n = Number(
    /^\d+,\d{1,2}$/.test(cleaned)
      ? cleaned.replace(',', '.')
      : /^\d{1,3}(\.\d{3})+$/.test(cleaned)
        ? cleaned.replace(/\./g, '')
        : cleaned.replace(/,(?=\d{3}\b)/g, ''),
  );
  return Number.isFinite(n) ? n : undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function record(value: unknown): JsonLdNode | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonLdNode) : undefined;
}

function stripHash(url: string): string {
  return url.replace(/#.*$/, '');
}

/** Drops undefined fields so that postings compare and serialise cleanly. */
function compact(posting: RawPosting): RawPosting {
  for (const key of Object.keys(posting) as (keyof RawPosting)[]) {
    if (posting[key] === undefined) delete posting[key];
  }
  if (posting.salary) {
    for (const key of Object.keys(posting.salary) as (keyof NonNullable<RawPosting['salary']>)[]) {
      if (posting.salary[key] === undefined) delete posting.salary[key];
    }
  }
  return posting;
}
