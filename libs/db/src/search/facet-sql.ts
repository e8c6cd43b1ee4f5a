import { RemoteMode, Role, Seniority, Shift } from '../generated/prisma/enums';
import { SqlParams, filterConditions, whereSql } from './filter-sql';
import type { SqlStatement } from './listing-sql';
import { FACET_NAMES, type FacetBucket, type FacetName, type PostingFacets, type PostingSearchFilter } from './search.types';

/** How each facet's value is read from a posting row; array columns are unnested. */
const FACET_VALUE: Record<FacetName, { from: string; value: string }> = {
  role: { from: 'unnest(p.roles) AS v(x)', value: 'v.x::text' },
  seniority: { from: '', value: 'p.seniority::text' },
  employer: { from: '', value: 'coalesce(e.key, search_fold(p.employer_name))' },
  country: { from: '', value: 'p.country' },
  remote: { from: '', value: 'p.remote_mode::text' },
  language: { from: '', value: 'p.language' },
  speaks: { from: 'unnest(p.spoken_languages) AS v(x)', value: 'v.x' },
  shift: { from: 'unnest(p.shifts) AS v(x)', value: 'v.x::text' },
};

/**
 * Facet counts the way plain PostgreSQL does them: one GROUP BY per facet over every posting
 * that passes the other filters. Exact and simple, but it reads every matching row on every
 * request (tens of ms over a million postings, a second under full text), which is why the API
 * answers from the in-memory index instead. Kept as the fallback while the index loads, as the
 * oracle the index is tested against, and as the benchmark's baseline.
 */
export function buildFacetSql(filter: PostingSearchFilter, employerTop: number): SqlStatement {
  const params = new SqlParams();
  const conditions = filterConditions(filter, params);
  const top = params.add(employerTop, 'int');
  const parts = [`SELECT 'total' AS facet, NULL::text AS value, NULL::text AS label, count(*)::int AS count FROM postings p WHERE ${whereSql(conditions)}`];
  for (const facet of FACET_NAMES) {
    const { from, value } = FACET_VALUE[facet];
    const label = facet === 'employer' ? `min(coalesce(e.display_name, p.employer_name))` : 'NULL::text';
    const limit = facet === 'employer' ? ` ORDER BY count(*) DESC, ${value} LIMIT ${top}` : '';
    parts.push(`(SELECT '${facet}', ${value}, ${label}, count(*)::int FROM postings p
      LEFT JOIN employers e ON e.id = p.employer_id${from ? `, ${from}` : ''}
      WHERE ${whereSql(conditions, facet)} AND ${value} IS NOT NULL GROUP BY ${value}${limit})`);
  }
  return { text: parts.join('\nUNION ALL\n'), values: params.values };
}

export interface FacetRow {
  facet: FacetName | 'total';
  value: string | null;
  label: string | null;
  count: number;
}

/** Facets whose every value is listed, counted or not, so that a UI can always show them all. */
const ENUM_FACETS: Partial<Record<FacetName, readonly string[]>> = {
  role: Object.values(Role),
  seniority: Object.values(Seniority),
  remote: Object.values(RemoteMode),
  shift: Object.values(Shift),
};

/** Buckets sorted by count, then value, as the index returns them. */
export function facetsFromRows(rows: FacetRow[]): PostingFacets {
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, [] as FacetBucket[]])) as Record<FacetName, FacetBucket[]>;
  let total = 0;
  for (const [facet, values] of Object.entries(ENUM_FACETS) as [FacetName, string[]][]) {
    const seen = new Set(rows.filter((r) => r.facet === facet).map((r) => r.value));
    for (const value of values) if (!seen.has(value)) facets[facet].push({ value, count: 0 });
  }
  for (const row of rows) {
    if (row.facet === 'total') total = row.count;
    else if (row.value !== null) facets[row.facet].push(row.label !== null ? { value: row.value, count: row.count, label: row.label } : { value: row.value, count: row.count });
  }
  for (const name of FACET_NAMES) facets[name].sort(compareBuckets);
  return { total, facets };
}

export function compareBuckets(a: FacetBucket, b: FacetBucket): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}
