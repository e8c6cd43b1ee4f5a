import type { FacetName, PostingSearchFilter } from './search.types';

/** Positional parameters of one statement: `add` returns the placeholder for a value. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }
}

const has = <T>(values: readonly T[] | undefined): values is readonly T[] => values !== undefined && values.length > 0;

/**
 * The SQL conditions of a filter over `postings p`, one per filter, each tagged with the facet it
 * narrows (null for filters that are no facet). This is the single statement of what each filter
 * means; the in-memory index (compiled-filter.ts) implements the same meaning and an integration
 * test holds the two to agreement. Every value travels as a parameter.
 */
export function filterConditions(filter: PostingSearchFilter, params: SqlParams): { facet: FacetName | null; sql: string }[] {
  const out: { facet: FacetName | null; sql: string }[] = [{ facet: null, sql: `p.status = 'open'` }];
  if (has(filter.roles)) out.push({ facet: 'role', sql: `p.roles && ${params.add(filter.roles, '"Role"[]')}` });
  if (has(filter.seniorities)) out.push({ facet: 'seniority', sql: `p.seniority = ANY(${params.add(filter.seniorities, '"Seniority"[]')})` });
  if (has(filter.employers)) {
    const raw = params.add(filter.employers, 'text[]');
    // A key names an employer exactly; a name matches the posting's employer name, folded.
    out.push({
      facet: 'employer',
      sql: `(search_fold(p.employer_name) IN (SELECT search_fold(x) FROM unnest(${raw}) x)
             OR p.employer_id IN (SELECT e.id FROM employers e WHERE e.key = ANY(${raw}) OR e.key IN (SELECT search_fold(x) FROM unnest(${raw}) x)))`,
    });
  }
  if (has(filter.speaks)) out.push({ facet: 'speaks', sql: `coalesce(p.spoken_languages, '{}') <@ ${params.add(filter.speaks, 'text[]')}` });
  if (has(filter.shifts)) out.push({ facet: 'shift', sql: `p.shifts && ${params.add(filter.shifts, '"Shift"[]')}` });
  if (has(filter.countries)) out.push({ facet: 'country', sql: `p.country = ANY(${params.add(filter.countries, 'text[]')})` });
  if (has(filter.cities)) {
    out.push({ facet: null, sql: `search_fold(p.city) IN (SELECT search_fold(x) FROM unnest(${params.add(filter.cities, 'text[]')}) x)` });
  }
  if (has(filter.remote)) out.push({ facet: 'remote', sql: `p.remote_mode = ANY(${params.add(filter.remote, '"RemoteMode"[]')})` });
  if (has(filter.languages)) out.push({ facet: 'language', sql: `p.language = ANY(${params.add(filter.languages, 'text[]')})` });
  if (filter.salaryAnnualMin !== undefined) {
    const min = params.add(String(filter.salaryAnnualMin), 'numeric');
    out.push({ facet: null, sql: filter.salaryRequired ? `p.salary_annual >= ${min}` : `(p.salary_annual >= ${min} OR p.salary_annual IS NULL)` });
  } else if (filter.salaryRequired) {
    out.push({ facet: null, sql: `p.salary_annual IS NOT NULL` });
  }
  if (filter.postedAfter) out.push({ facet: null, sql: `coalesce(p.posted_at, p.created_at) >= ${params.add(filter.postedAfter.toISOString(), 'timestamptz')}` });
  if (filter.q !== undefined) out.push({ facet: null, sql: `p.search_vector @@ posting_search_query(${params.add(filter.q, 'text')})` });
  return out;
}

/** `WHERE`-ready conjunction of every condition, or of all but one facet's. */
export function whereSql(conditions: { facet: FacetName | null; sql: string }[], except?: FacetName): string {
  return conditions
    .filter((c) => c.facet === null || c.facet !== except)
    .map((c) => c.sql)
    .join(' AND ');
}
