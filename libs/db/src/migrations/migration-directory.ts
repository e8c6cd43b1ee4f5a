import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { migrationChecksum } from './migration-checksum';
import { MigrationDirectoryError } from './migration-errors';
import { compareMigrationNames } from './migration-plan';
import type { LocalMigration } from './migration-types';

const LOCK_FILE = 'migration_lock.toml';
const SCRIPT_FILE = 'migration.sql';

/**
 * Reads every migration folder, in the order Prisma applies them. As with Prisma, each
 * sub-folder is a migration and must hold a migration.sql; the lock file, when present, must
 * name PostgreSQL (migrations written for another provider would fail half-way).
 */
export async function readMigrationDirectory(dir: string): Promise<LocalMigration[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    throw new MigrationDirectoryError(`Cannot read the migrations directory ${dir}: ${err.message}`);
  });
  if (entries.some((e) => e.isFile() && e.name === LOCK_FILE)) {
    const provider = lockFileProvider(await readFile(path.join(dir, LOCK_FILE), 'utf8'));
    if (provider !== 'postgresql') {
      throw new MigrationDirectoryError(`${LOCK_FILE} names provider "${provider ?? '(none)'}", expected "postgresql"`);
    }
  }
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort(compareMigrationNames);
  return Promise.all(
    folders.map(async (name) => {
      const script = await readFile(path.join(dir, name, SCRIPT_FILE), 'utf8').catch(() => {
        throw new MigrationDirectoryError(`Migration folder ${name} has no ${SCRIPT_FILE}`);
      });
      return { name, script, checksum: migrationChecksum(script) };
    }),
  );
}

/** The `provider = "..."` line of migration_lock.toml, or undefined when there is none. */
export function lockFileProvider(toml: string): string | undefined {
  const match = /^\s*provider\s*=\s*"([^"]*)"\s*$/m.exec(toml);
  return match?.[1];
}

/**
 * The repository's prisma/migrations, found by walking up from this file so that it works
 * from the TypeScript sources (tests, scripts) and from a compiled dist/ tree alike.
 */
export function defaultMigrationsDir(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new MigrationDirectoryError(`No prisma/migrations directory above ${from}`);
    dir = parent;
  }
}
