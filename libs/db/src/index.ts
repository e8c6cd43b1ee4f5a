export { DbModule } from './db.module';
export { PrismaService, prismaPoolConfig } from './prisma.service';
export * from './repositories';
export { DatabaseHealthIndicator } from './database.health';
export * from './generated/prisma/client';
export { MigrationRunner, MIGRATION_LOCK_KEY, type MigrationRunnerOptions, type MigrationStatus } from './migrations/migration-runner';
export { readMigrationDirectory, defaultMigrationsDir, lockFileProvider } from './migrations/migration-directory';
export { planMigrations, compareMigrationNames } from './migrations/migration-plan';
export { migrationChecksum, scriptMatchesChecksum } from './migrations/migration-checksum';
export {
  MigrationHistoryError,
  MigrationFailedError,
  MigrationDirectoryError,
  MigrationLockTimeoutError,
  DatabaseNotEmptyError,
  describeMigrationProblem,
} from './migrations/migration-errors';
export type { LocalMigration, MigrationRecord, MigrationProblem, MigrationPlan } from './migrations/migration-types';
export { createDatabaseIfMissing, databaseNameOf, withDatabaseName, redactPassword } from './migrations/database-admin';
