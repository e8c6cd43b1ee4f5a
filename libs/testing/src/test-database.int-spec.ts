import { Client, escapeIdentifier } from 'pg';
import { loadConfig } from '@app/config';
import { withDatabaseName } from '@app/db';
import { createTestDatabase, dropStaleTestDatabases, prepareTestTemplate } from './test-database';

async function query<T extends object>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const adminUrl = () => withDatabaseName(loadConfig().DATABASE_URL, 'postgres');
const exists = async (name: string) =>
  (await query(adminUrl(), 'SELECT 1 FROM pg_database WHERE datname = $1', [name])).length === 1;

describe('createTestDatabase', () => {
  it('gives each caller its own migrated database, quickly, and drops it', async () => {
    const started = Date.now();
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const elapsed = Date.now() - started;

    expect(a.name).not.toBe(b.name);
    expect(a.name).toMatch(/^frontline_test_[0-9a-z]+_[0-9a-f]{8}$/);
    const applied = await query<{ n: number }>(a.url, 'SELECT count(*)::int AS n FROM _prisma_migrations');
    expect(applied[0].n).toBeGreaterThan(0);
    await query(a.url, `INSERT INTO employers (key, display_name, updated_at) VALUES ('only-in-a', 'A', now())`);
    expect(await query(b.url, `SELECT 1 FROM employers WHERE key = 'only-in-a'`)).toEqual([]);
    expect(elapsed).toBeLessThan(5000);

    // A connection still open must not stop the drop.
    const lingering = new Client({ connectionString: a.url });
    await lingering.connect();
    lingering.on('error', () => undefined);
    await Promise.all([a.drop(), b.drop()]);
    expect(await exists(a.name)).toBe(false);
    expect(await exists(b.name)).toBe(false);
    await lingering.end().catch(() => undefined);
  });

  it('gives an empty database when asked, for tests of the migrations themselves', async () => {
    const db = await createTestDatabase({ empty: true });
    try {
      expect(await query(db.url, `SELECT to_regclass('_prisma_migrations') AS t`)).toEqual([{ t: null }]);
    } finally {
      await db.drop();
    }
  });
});

describe('prepareTestTemplate', () => {
  it('leaves an up-to-date template alone', async () => {
    await prepareTestTemplate();
    expect(await prepareTestTemplate()).toBe(false);
  });
});

describe('dropStaleTestDatabases', () => {
  it('drops test databases older than the limit and spares recent ones', async () => {
    const old = `frontline_test_${(Date.now() - 48 * 3600_000).toString(36)}_deadbeef`;
    const fresh = await createTestDatabase({ empty: true });
    await query(adminUrl(), `CREATE DATABASE ${escapeIdentifier(old)} TEMPLATE template0`);
    try {
      const dropped = await dropStaleTestDatabases(24 * 3600_000);
      expect(dropped).toContain(old);
      expect(dropped).not.toContain(fresh.name);
      expect(await exists(old)).toBe(false);
      expect(await exists(fresh.name)).toBe(true);
    } finally {
      await query(adminUrl(), `DROP DATABASE IF EXISTS ${escapeIdentifier(old)}`);
      await fresh.drop();
    }
  });
});
