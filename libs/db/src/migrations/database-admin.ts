import { Client, escapeIdentifier } from 'pg';

/** The database a postgres:// URL names (its path), decoded. */
export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`The database URL ${redactPassword(url)} names no database`);
  return name;
}

/** The same server, credentials and options, another database. */
export function withDatabaseName(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(name)}`;
  return next.toString();
}

/** For messages and logs: the URL without its password. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * Creates the database `url` names unless it exists, connecting to the server's `postgres`
 * database to do so. Safe when two processes race: the loser sees "already exists".
 * Returns whether it created it.
 */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const name = databaseNameOf(url);
  const admin = new Client({ connectionString: withDatabaseName(url, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await admin.query(`CREATE DATABASE ${escapeIdentifier(name)}`);
    return true;
  } catch (err) {
    // duplicate_database, or the catalog's unique index when both CREATEs ran at the same instant
    if (['42P04', '23505'].includes((err as { code?: string }).code ?? '')) return false;
    throw err;
  } finally {
    await admin.end();
  }
}
