import { randomUUID } from 'node:crypto';
import type { ClientBase } from 'pg';
import { readMigrationDirectory } from './migration-directory';
import {
  DatabaseNotEmptyError,
  MigrationFailedError,
  MigrationHistoryError,
  MigrationLockTimeoutError,
} from './migration-errors';
import { planMigrations } from './migration-plan';
import type { MigrationPlan, MigrationRecord } from './migration-types';

/**
 * Prisma Migrate's own advisory lock key: holding the same one means that this runner and a
 * `prisma migrate deploy` started elsewhere never migrate the same database at once.
 */
export const MIGRATION_LOCK_KEY = 72707369;

/** Prisma's DDL for its history table, byte for byte, so Prisma's tools read ours unchanged. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

export interface MigrationRunnerOptions {
  /** The folder holding `<timestamp>_<name>/migration.sql` folders (see defaultMigrationsDir). */
  readonly migrationsDir: string;
  /** How long to wait for another process's migration to finish before giving up. */
  readonly lockTimeoutMs?: number;
  /** Told the name of each migration as it is applied. */
  readonly log?: (message: string) => void;
}

export interface MigrationStatus extends MigrationPlan {
  /** False for a database Prisma Migrate has never touched. */
  readonly initialised: boolean;
}

/**
 * Applies prisma/migrations without Prisma's schema engine, keeping `_prisma_migrations`
 * exactly as Prisma keeps it. Each migration runs in its own transaction together with its
 * history row, so a failure leaves neither half a schema nor a row to resolve by hand.
 * Scripts that cannot run in a transaction (CREATE INDEX CONCURRENTLY) are therefore not
 * supported. The client must be one dedicated connection: the lock is held by the session.
 */
export class MigrationRunner {
  constructor(
    private readonly client: ClientBase,
    private readonly options: MigrationRunnerOptions,
  ) {}

  /** Applied, pending and problems, without changing anything. */
  async status(): Promise<MigrationStatus> {
    const local = await readMigrationDirectory(this.options.migrationsDir);
    const initialised = await this.historyTableExists();
    const records = initialised ? await this.readHistory() : [];
    return { initialised, ...planMigrations(local, records) };
  }

  /** Applies every pending migration in order; returns the names it applied. */
  async migrate(): Promise<string[]> {
    const local = await readMigrationDirectory(this.options.migrationsDir);
    await this.acquireLock();
    try {
      await this.ensureHistoryTable();
      const plan = planMigrations(local, await this.readHistory());
      if (plan.problems.length > 0) throw new MigrationHistoryError(plan.problems);
      const applied: string[] = [];
      for (const migration of plan.pending) {
        await this.apply(migration.name, migration.script, migration.checksum);
        this.options.log?.(`Applied migration ${migration.name}`);
        applied.push(migration.name);
      }
      return applied;
    } finally {
      // If the connection itself broke, the session and its lock are gone already.
      await this.client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  }

  private async apply(name: string, script: string, checksum: string): Promise<void> {
    await this.client.query('BEGIN');
    try {
      const started = await this.client.query<{ now: Date }>('SELECT clock_timestamp() AS now');
      // No parameters: the simple query protocol is what allows a multi-statement script.
      await this.client.query(script);
      await this.client.query(
        `INSERT INTO _prisma_migrations
           (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
        [randomUUID(), checksum, name, started.rows[0].now],
      );
      await this.client.query('COMMIT');
    } catch (err) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw new MigrationFailedError(name, err);
    }
  }

  private async acquireLock(): Promise<void> {
    const timeoutMs = this.options.lockTimeoutMs ?? 60_000;
    // lock_timeout bounds the wait of pg_advisory_lock, which would otherwise block forever.
    await this.client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${timeoutMs}ms`]);
    try {
      await this.client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    } catch (err) {
      if ((err as { code?: string }).code === '55P03') {
        throw new MigrationLockTimeoutError(
          `Another process has been migrating this database for over ${timeoutMs} ms (advisory lock ${MIGRATION_LOCK_KEY})`,
        );
      }
      throw err;
    } finally {
      await this.client.query('RESET lock_timeout');
    }
  }

  private async historyTableExists(): Promise<boolean> {
    const result = await this.client.query<{ found: string | null }>(
      `SELECT to_regclass('_prisma_migrations')::text AS found`,
    );
    return result.rows[0].found !== null;
  }

  /** Like Prisma (P3005), never start a history in a database that already has tables. */
  private async ensureHistoryTable(): Promise<void> {
    if (await this.historyTableExists()) return;
    const tables = await this.client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()
        ORDER BY 1 LIMIT 5`,
    );
    if (tables.rowCount) {
      throw new DatabaseNotEmptyError(
        `The database has tables (${tables.rows.map((r) => r.name).join(', ')}) but no migration history; ` +
          'baseline it (prisma migrate resolve --applied <migration>) or migrate an empty database',
      );
    }
    await this.client.query(CREATE_MIGRATIONS_TABLE);
  }

  private async readHistory(): Promise<MigrationRecord[]> {
    const result = await this.client.query<{
      id: string;
      checksum: string;
      migration_name: string;
      started_at: Date;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      logs: string | null;
      applied_steps_count: number;
    }>(
      `SELECT id, checksum, migration_name, started_at, finished_at, rolled_back_at, logs, applied_steps_count
         FROM _prisma_migrations ORDER BY started_at ASC`,
    );
    return result.rows.map((row) => ({
      id: row.id,
      checksum: row.checksum,
      migrationName: row.migration_name,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      rolledBackAt: row.rolled_back_at,
      logs: row.logs,
      appliedStepsCount: row.applied_steps_count,
    }));
  }
}
