// `npm run db:status`: which migrations DATABASE_URL has applied, which are pending, and any
// problem that would make db:migrate refuse. Exits 1 when there is a problem or pending work.
import { Client } from 'pg';
import { loadConfigOrExit } from '@app/config';
import { MigrationRunner, defaultMigrationsDir, describeMigrationProblem, redactPassword } from '@app/db';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfigOrExit();
  const client = new Client({ connectionString: DATABASE_URL });
  try {
    await client.connect();
    const status = await new MigrationRunner(client, { migrationsDir: defaultMigrationsDir() }).status();
    console.log(`Database ${redactPassword(DATABASE_URL)}${status.initialised ? '' : ' (no migration history yet)'}`);
    for (const name of status.applied) console.log(`  applied  ${name}`);
    for (const migration of status.pending) console.log(`  pending  ${migration.name}`);
    for (const problem of status.problems) console.log(`  PROBLEM  ${describeMigrationProblem(problem)}`);
    if (status.problems.length > 0 || status.pending.length > 0) process.exitCode = 1;
  } catch (err) {
    console.error(`db:status failed for ${redactPassword(DATABASE_URL)}: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

void main();
