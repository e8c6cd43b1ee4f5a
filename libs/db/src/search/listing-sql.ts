import { SqlParams, filterConditions, whereSql } from './filter-sql';
import type { PostingCursor, PostingSearchItem, PostingSearchQuery, PostingSort } from './search.types';

export interface SqlStatement {
  text: string;
  values: unknown[];
}

const SORT_AT = 'coalesce(p.posted_at, p.created_at)';

const COLUMNS = `p.id, p.title, p.employer_name, e.key AS employer_key, p.roles::text[] AS roles, p.seniority, p.language,
  p.remote_mode, p.remote_countries, p.city, p.region, p.country, p.location_raw, p.salary_min::float8 AS salary_min,
  p.salary_max::float8 AS salary_max, p.salary_currency, p.salary_period, p.salary_annual::float8 AS salary_annual,
  p.salary_raw, p.employment_type, p.spoken_languages, p.shifts::text[] AS shifts, p.posted_at, p.valid_through,
  p.apply_url, p.created_at, ${SORT_AT} AS sort_at`;

function orderSql(sort: PostingSort, inTitle: string): string {
  switch (sort) {
    case 'newest':
      return `${SORT_AT} DESC, p.id DESC`;
    case 'salary':
      return `p.salary_annual DESC NULLS LAST, p.id DESC`;
    case 'relevance':
      return `${inTitle} DESC, ${SORT_AT} DESC, p.id DESC`;
  }
}

/** The rows after the cursor, in the same order as `orderSql`. */
function afterCursorSql(cursor: PostingCursor, params: SqlParams, inTitle: string): string {
  const id = params.add(cursor.id, 'uuid');
  switch (cursor.sort) {
    case 'newest':
      return `(${SORT_AT}, p.id) < (${params.add(cursor.sortAt.toISOString(), 'timestamptz')}, ${id})`;
    case 'salary': {
      if (cursor.salaryAnnual === null) return `(p.salary_annual IS NULL AND p.id < ${id})`;
      const salary = params.add(String(cursor.salaryAnnual), 'numeric');
      return `(p.salary_annual < ${salary} OR (p.salary_annual = ${salary} AND p.id < ${id}) OR p.salary_annual IS NULL)`;
    }
    case 'relevance':
      return `(${inTitle}::int, ${SORT_AT}, p.id) < (${params.add(cursor.inTitle ? 1 : 0, 'int')}, ${params.add(cursor.sortAt.toISOString(), 'timestamptz')}, ${id})`;
  }
}

/**
 * One page of the listing: every filter, the sort's keyset condition, `limit` rows. This is what
 * runs until the in-memory index has loaded (which then chooses the same rows in the same order),
 * and it is the benchmark's direct-to-PostgreSQL baseline. Relevance puts postings with every
 * keyword in the title first, then the rest, each newest first: an order that a cursor can
 * resume, unlike a floating-point rank over every match.
 */
export function buildListingSql(query: PostingSearchQuery): SqlStatement {
  if (query.sort === 'relevance' && query.filter.q === undefined) throw new Error('relevance needs a query');
  if (query.cursor && query.cursor.sort !== query.sort) throw new Error('the cursor belongs to another sort');
  const params = new SqlParams();
  const conditions = filterConditions(query.filter, params);
  const inTitle = query.sort === 'relevance' ? `coalesce(p.search_vector @@ posting_title_query(${params.add(query.filter.q, 'text')}), false)` : '';
  let where = whereSql(conditions);
  if (query.cursor) where += ` AND ${afterCursorSql(query.cursor, params, inTitle)}`;
  const text = `SELECT ${COLUMNS}${inTitle ? `, ${inTitle} AS title_match` : ''}
    FROM postings p LEFT JOIN employers e ON e.id = p.employer_id
   WHERE ${where}
   ORDER BY ${orderSql(query.sort, inTitle)}
   LIMIT ${params.add(query.limit, 'int')}`;
  return { text, values: params.values };
}

/** The listing's rows for ids the in-memory index chose (still open), in no particular order. */
export function buildRowsByIdSql(ids: readonly string[]): SqlStatement {
  return {
    text: `SELECT ${COLUMNS} FROM postings p LEFT JOIN employers e ON e.id = p.employer_id WHERE p.id = ANY($1::uuid[]) AND p.status = 'open'`,
    values: [ids],
  };
}

export interface ListingRow {
  id: string;
  title: string;
  employer_name: string;
  employer_key: string | null;
  roles: string[] | null;
  seniority: string | null;
  language: string | null;
  remote_mode: string | null;
  remote_countries: string[] | null;
  city: string | null;
  region: string | null;
  country: string | null;
  location_raw: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
  salary_annual: number | null;
  salary_raw: string | null;
  employment_type: string | null;
  spoken_languages: string[] | null;
  shifts: string[] | null;
  posted_at: Date | null;
  valid_through: Date | null;
  apply_url: string | null;
  created_at: Date;
  sort_at: Date;
  title_match?: boolean;
}

export function toSearchItem(row: ListingRow): PostingSearchItem {
  return {
    id: row.id,
    title: row.title,
    employerName: row.employer_name,
    employerKey: row.employer_key,
    roles: (row.roles ?? []) as PostingSearchItem['roles'],
    seniority: row.seniority as PostingSearchItem['seniority'],
    language: row.language,
    remoteMode: row.remote_mode as PostingSearchItem['remoteMode'],
    remoteCountries: row.remote_countries ?? [],
    city: row.city,
    region: row.region,
    country: row.country,
    locationRaw: row.location_raw,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    salaryPeriod: row.salary_period,
    salaryAnnual: row.salary_annual,
    salaryRaw: row.salary_raw,
    employmentType: row.employment_type,
    spokenLanguages: row.spoken_languages ?? [],
    shifts: (row.shifts ?? []) as PostingSearchItem['shifts'],
    postedAt: row.posted_at,
    validThrough: row.valid_through,
    applyUrl: row.apply_url,
    createdAt: row.created_at,
    sortAt: row.sort_at,
    ...(row.title_match !== undefined ? { titleMatch: row.title_match } : {}),
  };
}

/** The cursor just past `item` in `sort` order. */
export function cursorAfter(item: PostingSearchItem, sort: PostingSort): PostingCursor {
  switch (sort) {
    case 'newest':
      return { sort, sortAt: item.sortAt, id: item.id };
    case 'salary':
      return { sort, salaryAnnual: item.salaryAnnual, id: item.id };
    case 'relevance':
      return { sort, inTitle: item.titleMatch === true, sortAt: item.sortAt, id: item.id };
  }
}
