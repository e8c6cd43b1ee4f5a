import type { MigrationProblem } from './migration-types';

/** The migration history and the folders on disk disagree; nothing was applied. */
export class MigrationHistoryError extends Error {
  override name = 'MigrationHistoryError';

  constructor(readonly problems: readonly MigrationProblem[]) {
    super(`Refusing to migrate: ${problems.map(describeMigrationProblem).join('; ')}`);
  }
}

/** A migration's SQL failed; its transaction was rolled back and nothing of it remains. */
export class MigrationFailedError extends Error {
  override name = 'MigrationFailedError';

  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** The migrations folder itself is unusable (a folder without migration.sql, another provider). */
export class MigrationDirectoryError extends Error {
  override name = 'MigrationDirectoryError';
}

/** Another process held the migration lock for longer than we were willing to wait. */
export class MigrationLockTimeoutError extends Error {
  override name = 'MigrationLockTimeoutError';
}

/** A database that has tables but no migration history: Prisma's P3005, needs a baseline. */
export class DatabaseNotEmptyError extends Error {
  override name = 'DatabaseNotEmptyError';
}

export function describeMigrationProblem(problem: MigrationProblem): string {
  switch (problem.kind) {
    case 'checksum-mismatch':
      return (
        `migration ${problem.migration} was modified after it was applied ` +
        `(checksum ${problem.recorded.slice(0, 12)}… in the database, ${problem.onDisk.slice(0, 12)}… on disk); ` +
        'restore the file and put the change in a new migration'
      );
    case 'missing-on-disk':
      return `migration ${problem.migration} is recorded as applied but its folder is missing from the migrations directory`;
    case 'unfinished':
      return (
        `migration ${problem.migration} was started by Prisma and never finished; ` +
        'check the database and resolve it (prisma migrate resolve) before migrating again'
      );
  }
}
