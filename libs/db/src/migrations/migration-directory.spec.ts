import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { migrationChecksum } from './migration-checksum';
import { defaultMigrationsDir, lockFileProvider, readMigrationDirectory } from './migration-directory';
import { MigrationDirectoryError } from './migration-errors';

describe('readMigrationDirectory', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'frontline-migrations-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function addMigration(name: string, script: string): Promise<void> {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, 'migration.sql'), script);
  }

  it('returns each folder with its script and checksum, ordered by name', async () => {
    await addMigration('20261201000000_second', 'SELECT 2;\n');
    await addMigration('20261123133532_init', 'SELECT 1;\n');
    await writeFile(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');

    const migrations = await readMigrationDirectory(dir);

    expect(migrations).toEqual([
      { name: '20261123133532_init', script: 'SELECT 1;\n', checksum: migrationChecksum('SELECT 1;\n') },
      { name: '20261201000000_second', script: 'SELECT 2;\n', checksum: migrationChecksum('SELECT 2;\n') },
    ]);
  });

  it('refuses a folder without migration.sql, naming it', async () => {
    await mkdir(path.join(dir, '20261123133532_empty'));
    await expect(readMigrationDirectory(dir)).rejects.toThrow(/20261123133532_empty has no migration\.sql/);
  });

  it('refuses migrations locked to another provider', async () => {
    await writeFile(path.join(dir, 'migration_lock.toml'), 'provider = "mysql"\n');
    await expect(readMigrationDirectory(dir)).rejects.toThrow(MigrationDirectoryError);
  });

  it('names a missing directory in its error', async () => {
    await expect(readMigrationDirectory(path.join(dir, 'nope'))).rejects.toThrow(/nope/);
  });
});

describe('lockFileProvider', () => {
  it('reads the provider line among comments', () => {
    expect(lockFileProvider('# Please do not edit\nprovider = "postgresql"\n')).toBe('postgresql');
    expect(lockFileProvider('# nothing here\n')).toBeUndefined();
  });
});

describe('defaultMigrationsDir', () => {
  it("finds the repository's prisma/migrations, which holds this project's migrations", async () => {
    const found = defaultMigrationsDir();
    expect(found.endsWith(path.join('prisma', 'migrations'))).toBe(true);
    expect((await readMigrationDirectory(found)).length).toBeGreaterThan(0);
  });
});
