import type { Pool } from 'pg';
import type { IndexedPosting } from './memory/posting-columns';
import type { PostingChange, SearchIndexSource, TextQuery } from './memory/search-index-source';

const TEXT_QUERY = { all: 'posting_search_query', title: 'posting_title_query' } as const;

const BATCH_ROWS = 20_000;

/** The filterable values of open postings, packed small: arrays as comma lists, dates as epoch ms. */
const INDEX_COLUMNS = `p.id::text, array_to_string(p.roles, ','), p.seniority::text, p.remote_mode::text, array_to_string(p.shifts, ','),
  p.language, p.country, search_fold(p.city), e.key, search_fold(p.employer_name), coalesce(e.display_name, p.employer_name),
  array_to_string(p.spoken_languages, ','), p.salary_annual::float8, (extract(epoch FROM coalesce(p.posted_at, p.created_at)) * 1000)::float8`;
const INDEX_FROM = `FROM postings p LEFT JOIN employers e ON e.id = p.employer_id WHERE p.status = 'open'`;

type IndexRow = [string, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string, string, string | null, number | null, number];

const list = (value: string | null): string[] => (value ? value.split(',') : []);

function toIndexed(r: IndexRow): IndexedPosting {
  return {
    id: r[0],
    roles: list(r[1]),
    seniority: r[2],
    remoteMode: r[3],
    shifts: list(r[4]),
    language: r[5],
    country: r[6],
    cityFolded: r[7],
    employerKey: r[8],
    employerNameFolded: r[9],
    employerLabel: r[10],
    spokenLanguages: list(r[11]),
    salaryAnnual: r[12],
    sortAt: r[13],
  };
}

/** The refresh's one statement: the watermark and the postings changed since `$1`, from one snapshot. */
export const READ_CHANGES_SQL = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS watermark,
  array(SELECT DISTINCT posting_id::text FROM posting_search_changes WHERE txid >= $1::bigint) AS ids`;

/** The search index's reads, over a pg pool (see SearchIndexSource for the watermark contract). */
export class SearchIndexReader implements SearchIndexSource {
  constructor(private readonly pool: Pool) {}

  async loadAll(onBatch: (batch: IndexedPosting[]) => void): Promise<string> {
    const client = await this.pool.connect();
    try {
      // One snapshot for the watermark and every batch: nothing committed in between is half seen.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows } = await client.query<{ watermark: string }>(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS watermark`);
      await client.query(`DECLARE search_index_load NO SCROLL CURSOR FOR SELECT ${INDEX_COLUMNS} ${INDEX_FROM}`);
      for (;;) {
        const batch = await client.query<IndexRow>({ text: `FETCH ${BATCH_ROWS} FROM search_index_load`, rowMode: 'array' });
        if (batch.rows.length === 0) break;
        onBatch(batch.rows.map(toIndexed));
      }
      await client.query('COMMIT');
      return rows[0].watermark;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async readChanges(since: string): Promise<{ watermark: string; changes: PostingChange[] }> {
    // The xmin and the change rows come from one statement, hence one snapshot.
    const { rows } = await this.pool.query<{ watermark: string; ids: string[] }>(READ_CHANGES_SQL, [since]);
    const { watermark, ids } = rows[0];
    if (ids.length === 0) return { watermark, changes: [] };
    const open = await this.pool.query<IndexRow>({ text: `SELECT ${INDEX_COLUMNS} ${INDEX_FROM} AND p.id = ANY($1::uuid[])`, values: [ids], rowMode: 'array' });
    const byId = new Map(open.rows.map((r) => [r[0], toIndexed(r)]));
    return { watermark, changes: ids.map((id) => ({ id, posting: byId.get(id) ?? null })) };
  }

  async matchText(query: TextQuery): Promise<string[]> {
    const { rows } = await this.pool.query<[string]>({
      text: `SELECT p.id::text FROM postings p WHERE p.status = 'open' AND p.search_vector @@ ${TEXT_QUERY[query.scope]}($1::text)`,
      values: [query.q],
      rowMode: 'array',
    });
    return rows.map((r) => r[0]);
  }

  async matchTextAmong(queries: readonly TextQuery[], ids: readonly string[]): Promise<string[][]> {
    const { rows } = await this.pool.query<[number, string]>({
      text: `SELECT q.i::int, p.id::text FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(scope, q, i)
               JOIN postings p ON p.id = ANY($3::uuid[])
                AND p.search_vector @@ CASE q.scope WHEN 'title' THEN posting_title_query(q.q) ELSE posting_search_query(q.q) END`,
      values: [queries.map((t) => t.scope), queries.map((t) => t.q), ids],
      rowMode: 'array',
    });
    const out = queries.map(() => [] as string[]);
    for (const [i, id] of rows) out[i - 1].push(id);
    return out;
  }

  async fold(values: readonly string[]): Promise<string[]> {
    const { rows } = await this.pool.query<{ f: string | null }>(
      `SELECT search_fold(t.x) AS f FROM unnest($1::text[]) WITH ORDINALITY AS t(x, i) ORDER BY t.i`,
      [values],
    );
    return rows.map((r) => r.f ?? '');
  }

  async purgeChanges(olderThanMs: number): Promise<number> {
    const result = await this.pool.query(`DELETE FROM posting_search_changes WHERE changed_at < now() - $1::int * interval '1 millisecond'`, [olderThanMs]);
    return result.rowCount ?? 0;
  }
}
