import { databaseNameOf, redactPassword, withDatabaseName } from './database-admin';

describe('database URL helpers', () => {
  const url = 'postgresql://app:s3cret@db.internal:5433/frontline?sslmode=disable';

  it('reads the database name', () => {
    expect(databaseNameOf(url)).toBe('frontline');
    expect(databaseNameOf('postgresql://localhost/with%20space')).toBe('with space');
  });

  it('refuses a URL without a database', () => {
    expect(() => databaseNameOf('postgresql://app:s3cret@localhost:5432')).toThrow(/names no database/);
    expect(() => databaseNameOf('postgresql://app:s3cret@localhost:5432')).toThrow(/\*\*\*/);
  });

  it('swaps the database and keeps server, credentials and options', () => {
    expect(withDatabaseName(url, 'postgres')).toBe('postgresql://app:s3cret@db.internal:5433/postgres?sslmode=disable');
  });

  it('hides the password', () => {
    expect(redactPassword(url)).not.toContain('s3cret');
    expect(redactPassword('not a url')).toBe('(unparseable URL)');
  });
});
