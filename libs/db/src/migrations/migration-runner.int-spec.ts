import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { migrationChecksum } from './migration-checksum';
import { defaultMigrationsDir, readMigrationDirectory } from './migration-directory';
import {
  DatabaseNotEmptyError,
  MigrationFailedError,
  MigrationHistoryError,
  MigrationLockTimeoutError,
} from './migration-errors';
import { MIGRATION_LOCK_KEY, MigrationRunner } from './migration-runner';

describe('MigrationRunner against PostgreSQL', () => {
  let db: TestDatabase;
  const clients: Client[] = [];

  async function connect(): Promise<Client> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    clients.push(client);
    return client;
  }

  beforeEach(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.end()));
    await db.drop();
  });

  describe("with the project's migrations", () => {
    const migrationsDir = defaultMigrationsDir();

    it("applies them all and records each exactly as Prisma does", async () => {
      const client = await connect();
      const local = await readMigrationDirectory(migrationsDir);

      const applied = await new MigrationRunner(client, { migrationsDir }).migrate();

      expect(applied).toEqual(local.map((m) => m.name));
      const rows = await client.query(
        'SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count FROM _prisma_migrations ORDER BY started_at',
      );
      expect(rows.rows).toHaveLength(local.length);
      for (const [i, row] of rows.rows.entries()) {
        const script = await readFile(path.join(migrationsDir, local[i].name, 'migration.sql'), 'utf8');
        expect(row).toMatchObject({
          migration_name: local[i].name,
          checksum: migrationChecksum(script),
          logs: null,
          rolled_back_at: null,
          applied_steps_count: 1,
        });
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      }
      const columns = await client.query(
        `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
      expect(columns.rows).toEqual([
        { column_name: 'id', data_type: 'character varying', length: 36, is_nullable: 'NO', column_default: null },
        { column_name: 'checksum', data_type: 'character varying', length: 64, is_nullable: 'NO', column_default: null },
        { column_name: 'finished_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
        { column_name: 'migration_name', data_type: 'character varying', length: 255, is_nullable: 'NO', column_default: null },
        { column_name: 'logs', data_type: 'text', length: null, is_nullable: 'YES', column_default: null },
        { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
        { column_name: 'started_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'NO', column_default: 'now()' },
        { column_name: 'applied_steps_count', data_type: 'integer', length: null, is_nullable: 'NO', column_default: '0' },
      ]);
    });

    it('does nothing the second time', async () => {
      const client = await connect();
      const runner = new MigrationRunner(client, { migrationsDir });
      await runner.migrate();

      expect(await runner.migrate()).toEqual([]);
      const status = await runner.status();
      expect(status.pending).toEqual([]);
      expect(status.problems).toEqual([]);
      expect((await client.query('SELECT count(*)::int AS n FROM _prisma_migrations')).rows[0].n).toBe(status.applied.length);
    });

    it('is safe when several processes migrate at once: each migration is applied once', async () => {
      const racers = await Promise.all([connect(), connect(), connect(), connect()]);

      const results = await Promise.all(racers.map((c) => new MigrationRunner(c, { migrationsDir }).migrate()));

      const local = await readMigrationDirectory(migrationsDir);
      expect(results.flat().sort()).toEqual(local.map((m) => m.name).sort());
      const rows = await racers[0].query('SELECT migration_name FROM _prisma_migrations');
      expect(rows.rows.map((r) => r.migration_name).sort()).toEqual(local.map((m) => m.name).sort());
    });

    it('refuses a database that has tables but no migration history', async () => {
      const client = await connect();
      await client.query('CREATE TABLE legacy (id int)');

      await expect(new MigrationRunner(client, { migrationsDir }).migrate()).rejects.toThrow(DatabaseNotEmptyError);
    });
  });

  describe('with migrations that change under it', () => {
    let dir: string;

    beforeEach(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'frontline-runner-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    async function write(name: string, script: string): Promise<void> {
      await mkdir(path.join(dir, name), { recursive: true });
      await writeFile(path.join(dir, name, 'migration.sql'), script);
    }

    it('refuses to run when an applied migration was edited, naming it, and applies nothing', async () => {
      const client = await connect();
      const runner = new MigrationRunner(client, { migrationsDir: dir });
      await write('20260101000000_one', 'CREATE TABLE one (id int);\n');
      await runner.migrate();
      await write('20260101000000_one', 'CREATE TABLE one (id bigint);\n');
      await write('20260102000000_two', 'CREATE TABLE two (id int);\n');

      const error = await runner.migrate().catch((e: unknown) => e);

      expect(error).toBeInstanceOf(MigrationHistoryError);
      expect((error as Error).message).toMatch(/migration 20260101000000_one was modified after it was applied/);
      expect((await client.query(`SELECT to_regclass('two') AS t`)).rows[0].t).toBeNull();
    });

    it('refuses to run when an applied migration is gone from disk', async () => {
      const client = await connect();
      const runner = new MigrationRunner(client, { migrationsDir: dir });
      await write('20260101000000_one', 'CREATE TABLE one (id int);\n');
      await runner.migrate();
      await rm(path.join(dir, '20260101000000_one'), { recursive: true });

      await expect(runner.migrate()).rejects.toThrow(/migration 20260101000000_one is recorded as applied but its folder is missing/);
    });

    it('rolls a failing migration back entirely, records nothing, and applies it once fixed', async () => {
      const client = await connect();
      const runner = new MigrationRunner(client, { migrationsDir: dir });
      await write('20260101000000_one', 'CREATE TABLE one (id int);\n');
      await write('20260102000000_two', 'CREATE TABLE two (id int);\nSELECT no_such_function();\n');

      const error = await runner.migrate().catch((e: unknown) => e);

      expect(error).toBeInstanceOf(MigrationFailedError);
      expect((error as Error).message).toMatch(/20260102000000_two failed and was rolled back: .*no_such_function/);
      expect((await client.query(`SELECT to_regclass('two') AS t`)).rows[0].t).toBeNull();
      expect((await client.query('SELECT migration_name FROM _prisma_migrations')).rows).toEqual([
        { migration_name: '20260101000000_one' },
      ]);

      await write('20260102000000_two', 'CREATE TABLE two (id int);\n');
      expect(await runner.migrate()).toEqual(['20260102000000_two']);
    });

    it('gives up with a clear error when another process holds the migration lock too long', async () => {
      const holder = await connect();
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await write('20260101000000_one', 'CREATE TABLE one (id int);\n');
      const client = await connect();

      await expect(new MigrationRunner(client, { migrationsDir: dir, lockTimeoutMs: 200 }).migrate()).rejects.toThrow(
        MigrationLockTimeoutError,
      );
      expect((await client.query('SHOW lock_timeout')).rows[0].lock_timeout).toBe('0');
    });
  });
});
