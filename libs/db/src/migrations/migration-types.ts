/** One folder of prisma/migrations as found on disk. */
export interface LocalMigration {
  /** The folder name, e.g. `20261123133532_init`; Prisma orders migrations by it. */
  readonly name: string;
  readonly script: string;
  readonly checksum: string;
}

/** One row of `_prisma_migrations`, the table Prisma Migrate keeps its history in. */
export interface MigrationRecord {
  readonly id: string;
  readonly checksum: string;
  readonly migrationName: string;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly rolledBackAt: Date | null;
  readonly logs: string | null;
  readonly appliedStepsCount: number;
}

export type MigrationProblem =
  | { readonly kind: 'checksum-mismatch'; readonly migration: string; readonly recorded: string; readonly onDisk: string }
  | { readonly kind: 'missing-on-disk'; readonly migration: string }
  | { readonly kind: 'unfinished'; readonly migration: string; readonly logs: string | null };

export interface MigrationPlan {
  /** Names applied and still valid, in the order they were applied. */
  readonly applied: readonly string[];
  /** Migrations still to apply, in folder-name order. */
  readonly pending: readonly LocalMigration[];
  /** Anything that makes migrating unsafe; the runner refuses while this is non-empty. */
  readonly problems: readonly MigrationProblem[];
}
