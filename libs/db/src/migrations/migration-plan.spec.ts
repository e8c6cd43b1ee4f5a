import { migrationChecksum } from './migration-checksum';
import { MigrationHistoryError } from './migration-errors';
import { compareMigrationNames, planMigrations } from './migration-plan';
import type { LocalMigration, MigrationRecord } from './migration-types';

function local(name: string, script = `-- ${name}\nSELECT 1;\n`): LocalMigration {
  return { name, script, checksum: migrationChecksum(script) };
}

let clock = 0;
function record(migration: LocalMigration, overrides: Partial<MigrationRecord> = {}): MigrationRecord {
  clock += 1000;
  return {
    id: `id-${migration.name}-${clock}`,
    checksum: migration.checksum,
    migrationName: migration.name,
    startedAt: new Date(clock),
    finishedAt: new Date(clock + 10),
    rolledBackAt: null,
    logs: null,
    appliedStepsCount: 1,
    ...overrides,
  };
}

describe('compareMigrationNames', () => {
  it('orders timestamped folder names chronologically', () => {
    const names = ['20261201000000_b', '20261123133532_init', '20261130120000_a'];
    expect([...names].sort(compareMigrationNames)).toEqual([
      '20261123133532_init',
      '20261130120000_a',
      '20261201000000_b',
    ]);
  });
});

describe('planMigrations', () => {
  const init = local('20261123133532_init');
  const second = local('20261130120000_add_index');
  const third = local('20261201000000_more');

  it('makes every folder pending on a fresh database, in name order whatever the input order', () => {
    const plan = planMigrations([third, init, second], []);
    expect(plan.pending.map((m) => m.name)).toEqual([init.name, second.name, third.name]);
    expect(plan.applied).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it('leaves only the folders not yet applied pending', () => {
    const plan = planMigrations([init, second, third], [record(init), record(second)]);
    expect(plan.applied).toEqual([init.name, second.name]);
    expect(plan.pending.map((m) => m.name)).toEqual([third.name]);
    expect(plan.problems).toEqual([]);
  });

  it('refuses an applied migration whose file changed, naming it', () => {
    const edited = { ...second, script: `${second.script}ALTER TABLE x ADD COLUMN y int;\n` };
    const changed = { ...edited, checksum: migrationChecksum(edited.script) };
    const plan = planMigrations([init, changed], [record(init), record(second)]);
    expect(plan.problems).toEqual([
      { kind: 'checksum-mismatch', migration: second.name, recorded: second.checksum, onDisk: changed.checksum },
    ]);
    const error = new MigrationHistoryError(plan.problems);
    expect(error.message).toContain(`migration ${second.name} was modified after it was applied`);
    expect(error.message).not.toContain(init.name);
  });

  it('accepts a file whose only change is CRLF line endings, as Prisma does', () => {
    const crlf = { ...init, script: init.script.replace(/\n/g, '\r\n') };
    const plan = planMigrations([{ ...crlf, checksum: migrationChecksum(crlf.script) }], [record(init)]);
    expect(plan.problems).toEqual([]);
    expect(plan.pending).toEqual([]);
  });

  it('refuses when the database has a migration that no longer exists on disk', () => {
    const plan = planMigrations([init], [record(init), record(second)]);
    expect(plan.problems).toEqual([{ kind: 'missing-on-disk', migration: second.name }]);
    expect(new MigrationHistoryError(plan.problems).message).toContain(second.name);
  });

  it('refuses a migration Prisma started and never finished', () => {
    const plan = planMigrations([init, second], [record(init), record(second, { finishedAt: null, logs: 'boom' })]);
    expect(plan.problems).toEqual([{ kind: 'unfinished', migration: second.name, logs: 'boom' }]);
  });

  it('treats rolled-back rows as never applied, so the migration is pending again', () => {
    const rolledBack = record(second, { finishedAt: null, rolledBackAt: new Date() });
    const plan = planMigrations([init, second], [record(init), rolledBack]);
    expect(plan.problems).toEqual([]);
    expect(plan.pending.map((m) => m.name)).toEqual([second.name]);
  });

  it('reports every problem at once', () => {
    const changed = local(init.name, 'SELECT 2;');
    const plan = planMigrations([changed], [record(init), record(second)]);
    expect(plan.problems.map((p) => [p.kind, p.migration])).toEqual([
      ['checksum-mismatch', init.name],
      ['missing-on-disk', second.name],
    ]);
  });
});
