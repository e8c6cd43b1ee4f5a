/**
 * A fresh, migrated PostgreSQL database per test file, in a fraction of a second.
 *
 *   let db: TestDatabase;
 *   beforeAll(async () => { db = await createTestDatabase(); });
 *   afterAll(async () => { await db.drop(); });
 *   // connect with db.url: new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) })
 *
 * Jest's globalSetup migrates `frontline_test_template` once per run (rebuilt only when the
 * migrations changed); each call here copies it with CREATE DATABASE ... TEMPLATE, which is
 * far quicker than migrating. `{ empty: true }` gives an empty database instead, for tests of
 * the migrations themselves. Several Jest runs may share one server at once: rebuilding the
 * template and copying it are serialised by an advisory lock in the `postgres` database.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { loadConfig } from '@app/config';
import { MigrationRunner, defaultMigrationsDir, readMigrationDirectory, withDatabaseName } from '@app/db';

export const TEST_TEMPLATE_DATABASE = 'frontline_test_template';

const TEST_DATABASE_PREFIX = 'frontline_test_';
const TEST_DATABASE_NAME = /^frontline_test_([0-9a-z]+)_[0-9a-f]+$/;
/** Exclusive while the template is rebuilt, shared while it is copied. Any constant will do. */
const TEMPLATE_LOCK_KEY = 1_179_799_124;
const COMMENT_PREFIX = 'frontline migrations ';

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  /** Drops the database, closing any connection still open to it. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** An empty database (no migrations applied) instead of a copy of the template. */
  readonly empty?: boolean;
  /** The server to use; defaults to the one DATABASE_URL points at. */
  readonly serverUrl?: string;
  readonly migrationsDir?: string;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? loadConfig().DATABASE_URL;
  if (!options.empty) await prepareTestTemplate(options);
  const name = `${TEST_DATABASE_PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, async (admin) => {
    if (options.empty) {
      await admin.query(`CREATE DATABASE ${escapeIdentifier(name)} TEMPLATE template0`);
      return;
    }
    await admin.query('SELECT pg_advisory_lock_shared($1)', [TEMPLATE_LOCK_KEY]);
    try {
      await admin.query(`CREATE DATABASE ${escapeIdentifier(name)} TEMPLATE ${escapeIdentifier(TEST_TEMPLATE_DATABASE)}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock_shared($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  return {
    name,
    url: withDatabaseName(serverUrl, name),
    drop: () => withAdminClient(serverUrl, (admin) => dropDatabase(admin, name)),
  };
}

/**
 * Makes `frontline_test_template` a migrated copy of the current migrations. Cheap when it
 * already is (one catalog query); otherwise drops, re-creates and migrates it. Returns
 * whether it rebuilt.
 */
export async function prepareTestTemplate(options: Omit<TestDatabaseOptions, 'empty'> = {}): Promise<boolean> {
  const serverUrl = options.serverUrl ?? loadConfig().DATABASE_URL;
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const wanted = COMMENT_PREFIX + (await migrationsFingerprint(migrationsDir));
  return withAdminClient(serverUrl, async (admin) => {
    if ((await templateComment(admin)) === wanted) return false;
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      // Another run may have rebuilt it while we waited for the lock.
      if ((await templateComment(admin)) === wanted) return false;
      await dropDatabase(admin, TEST_TEMPLATE_DATABASE);
      await admin.query(`CREATE DATABASE ${escapeIdentifier(TEST_TEMPLATE_DATABASE)} TEMPLATE template0`);
      const template = new Client({ connectionString: withDatabaseName(serverUrl, TEST_TEMPLATE_DATABASE) });
      await template.connect();
      try {
        await new MigrationRunner(template, { migrationsDir }).migrate();
      } finally {
        // CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
        await template.end();
      }
      // Written last: a template carrying the comment is complete.
      await admin.query(`COMMENT ON DATABASE ${escapeIdentifier(TEST_TEMPLATE_DATABASE)} IS ${escapeLiteral(wanted)}`);
      return true;
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
}

/**
 * Drops test databases left behind by runs that crashed before their `drop()`. Only those
 * older than `olderThanMs` (from the time in their name), so that runs still going are spared.
 */
export async function dropStaleTestDatabases(
  olderThanMs = 6 * 60 * 60 * 1000,
  serverUrl: string = loadConfig().DATABASE_URL,
): Promise<string[]> {
  return withAdminClient(serverUrl, async (admin) => {
    const result = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${TEST_DATABASE_PREFIX}%`,
    ]);
    const stale = result.rows
      .map((r) => r.datname)
      .filter((name) => {
        const created = TEST_DATABASE_NAME.exec(name)?.[1];
        return created !== undefined && Date.now() - parseInt(created, 36) > olderThanMs;
      });
    for (const name of stale) await dropDatabase(admin, name);
    return stale;
  });
}

/** One digest of every migration's name and checksum: changes whenever any migration does. */
export async function migrationsFingerprint(migrationsDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const m of await readMigrationDirectory(migrationsDir)) hash.update(`${m.name}\0${m.checksum}\n`);
  return hash.digest('hex');
}

async function templateComment(admin: Client): Promise<string | null> {
  const result = await admin.query<{ comment: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [TEST_TEMPLATE_DATABASE],
  );
  return result.rows[0]?.comment ?? null;
}

async function dropDatabase(admin: Client, name: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`);
}

async function withAdminClient<T>(serverUrl: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
