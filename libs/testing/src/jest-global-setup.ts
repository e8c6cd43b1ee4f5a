import { Client } from 'pg';
import Redis from 'ioredis';
import { loadConfig } from '@app/config';
import { dropStaleTestDatabases, prepareTestTemplate } from './test-database';

/**
 * Integration and e2e tiers need real services: fail fast with a clear line when they are
 * down. Then migrate the template every test database is copied from (see test-database.ts),
 * once per run rather than once per test file, and clear databases left by crashed runs.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  const adminUrl = new URL(config.DATABASE_URL);
  adminUrl.pathname = '/postgres';
  const pg = new Client({ connectionString: adminUrl.toString() });
  try {
    await pg.connect();
  } catch (err) {
    throw new Error(`PostgreSQL is not reachable at ${adminUrl.host}: ${(err as Error).message}`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(`Redis is not reachable at ${config.REDIS_URL}: ${(err as Error).message}`);
  } finally {
    redis.disconnect();
  }
  await prepareTestTemplate({ serverUrl: config.DATABASE_URL });
  await dropStaleTestDatabases(undefined, config.DATABASE_URL);
}
