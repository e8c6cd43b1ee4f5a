// `npm run db:create`: creates the database DATABASE_URL names, if it does not exist yet.
import { loadConfigOrExit } from '@app/config';
import { createDatabaseIfMissing, databaseNameOf, redactPassword } from '@app/db';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfigOrExit();
  const created = await createDatabaseIfMissing(DATABASE_URL);
  const name = databaseNameOf(DATABASE_URL);
  console.log(created ? `Created database ${name}` : `Database ${name} already exists`);
}

main().catch((err: Error) => {
  const { DATABASE_URL } = loadConfigOrExit();
  console.error(`db:create failed for ${redactPassword(DATABASE_URL)}: ${err.message}`);
  process.exit(1);
});
