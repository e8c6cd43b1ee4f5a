// `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL without Prisma's
// schema engine (see libs/db/src/migrations/migration-runner.ts), keeping _prisma_migrations
// as `prisma migrate deploy` would.
import { Client } from 'pg';
import { loadConfigOrExit } from '@app/config';
import { MigrationRunner, defaultMigrationsDir, redactPassword } from '@app/db';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfigOrExit();
  const client = new Client({ connectionString: DATABASE_URL });
  try {
    await client.connect();
    const applied = await new MigrationRunner(client, {
      migrationsDir: defaultMigrationsDir(),
      log: (line) => console.log(line),
    }).migrate();
    console.log(applied.length ? `${applied.length} migration(s) applied` : 'Database is up to date');
  } catch (err) {
    console.error(`db:migrate failed for ${redactPassword(DATABASE_URL)}: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

void main();
