import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { migrationsFingerprint } from './test-database';

describe('migrationsFingerprint', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'frontline-fingerprint-'));
    await mkdir(path.join(dir, '20260101000000_one'));
    await writeFile(path.join(dir, '20260101000000_one', 'migration.sql'), 'SELECT 1;\n');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('changes when a migration is edited or added, so the test template is rebuilt', async () => {
    const first = await migrationsFingerprint(dir);
    expect(await migrationsFingerprint(dir)).toBe(first);

    await writeFile(path.join(dir, '20260101000000_one', 'migration.sql'), 'SELECT 2;\n');
    const edited = await migrationsFingerprint(dir);
    expect(edited).not.toBe(first);

    await mkdir(path.join(dir, '20260102000000_two'));
    await writeFile(path.join(dir, '20260102000000_two', 'migration.sql'), 'SELECT 3;\n');
    expect(await migrationsFingerprint(dir)).not.toBe(edited);
  });
});
