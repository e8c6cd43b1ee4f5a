import { scriptMatchesChecksum } from './migration-checksum';
import type { LocalMigration, MigrationPlan, MigrationProblem, MigrationRecord } from './migration-types';

/** Folder names sort the way Prisma sorts them: plain code-unit order of the names. */
export function compareMigrationNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares the history in `_prisma_migrations` with the folders on disk.
 * Rolled-back rows count as never applied (Prisma re-applies those); a row neither finished
 * nor rolled back is a migration that failed half-way under Prisma and needs a human.
 */
export function planMigrations(local: readonly LocalMigration[], records: readonly MigrationRecord[]): MigrationPlan {
  const byName = new Map(local.map((m) => [m.name, m]));
  const problems: MigrationProblem[] = [];
  const applied: string[] = [];
  const history = [...records].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());

  for (const record of history) {
    if (record.rolledBackAt !== null) continue;
    if (record.finishedAt === null) {
      problems.push({ kind: 'unfinished', migration: record.migrationName, logs: record.logs });
      continue;
    }
    if (applied.includes(record.migrationName)) continue;
    const onDisk = byName.get(record.migrationName);
    if (!onDisk) {
      problems.push({ kind: 'missing-on-disk', migration: record.migrationName });
    } else if (!scriptMatchesChecksum(onDisk.script, record.checksum)) {
      problems.push({
        kind: 'checksum-mismatch',
        migration: record.migrationName,
        recorded: record.checksum,
        onDisk: onDisk.checksum,
      });
    }
    applied.push(record.migrationName);
  }

  const pending = [...local]
    .filter((m) => !applied.includes(m.name))
    .sort((a, b) => compareMigrationNames(a.name, b.name));
  return { applied, pending, problems };
}
