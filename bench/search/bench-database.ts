import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { MigrationRunner, defaultMigrationsDir, withDatabaseName } from '@app/db';
import { migrationsFingerprint } from '@app/testing';
import { copyPostings, insertEmployers } from './copy-postings';
import { PostingGenerator } from './posting-generator';

export interface BenchDatabaseOptions {
  serverUrl: string;
  name: string;
  postings: number;
  employers: number;
  seed: number;
  rates: Record<string, number>;
  /** Rebuild even when the database already holds this data set. */
  force: boolean;
  log: (line: Record<string, unknown>) => void;
}

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A dedicated benchmark database (never the demo's or a test's) holding `postings` generated
 * postings. Built once and reused while its comment says it holds the same data set and
 * migrations; rebuilding a million rows takes minutes, so it is not done casually.
 */
export async function ensureBenchDatabase(o: BenchDatabaseOptions): Promise<string> {
  const url = withDatabaseName(o.serverUrl, o.name);
  const signature = `frontline bench postings=${o.postings} employers=${o.employers} seed=${o.seed} migrations=${(await migrationsFingerprint(defaultMigrationsDir())).slice(0, 16)}`;
  const adminUrl = withDatabaseName(o.serverUrl, 'postgres');
  const current = await withClient(adminUrl, async (admin) => {
    const { rows } = await admin.query<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [o.name]);
    return rows[0]?.comment ?? null;
  });
  if (current === signature && !o.force) {
    o.log({ type: 'dataset', reused: true, database: o.name, postings: o.postings });
    return url;
  }
  const started = Date.now();
  await withClient(adminUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(o.name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${escapeIdentifier(o.name)}`);
  });
  await withClient(url, async (db) => {
    await new MigrationRunner(db, { migrationsDir: defaultMigrationsDir() }).migrate();
    const generator = new PostingGenerator({ seed: o.seed, employers: o.employers, rates: o.rates, now: new Date() });
    await insertEmployers(db, generator.employers);
    // Indexes are built once after the load (far faster than maintaining them row by row), and
    // the change-log triggers are off for this session: a new API process loads everything anyway.
    const { rows: indexes } = await db.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'postings' AND indexname NOT IN ('postings_pkey', 'postings_fingerprint_key')`,
    );
    for (const index of indexes) await db.query(`DROP INDEX ${escapeIdentifier(index.name)}`);
    await db.query(`SET session_replication_role = replica`);
    let reported = 0;
    await copyPostings(db, generator, o.postings, (done) => {
      if (done - reported >= 100_000 || done === o.postings) {
        reported = done;
        o.log({ type: 'progress', step: 'copy', done, of: o.postings, seconds: Math.round((Date.now() - started) / 1000) });
      }
    });
    await db.query(`SET session_replication_role = DEFAULT`);
    await db.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of indexes) {
      await db.query(index.def);
      o.log({ type: 'progress', step: 'index', index: index.name, seconds: Math.round((Date.now() - started) / 1000) });
    }
    await db.query(`VACUUM ANALYZE postings`);
    await db.query(`VACUUM ANALYZE employers`);
  });
  await withClient(adminUrl, (admin) => admin.query(`COMMENT ON DATABASE ${escapeIdentifier(o.name)} IS ${escapeLiteral(signature)}`));
  o.log({ type: 'dataset', reused: false, database: o.name, postings: o.postings, seconds: Math.round((Date.now() - started) / 1000) });
  return url;
}
