import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '@app/config';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { DbModule } from './db.module';
import { PrismaService } from './prisma.service';

describe('DbModule', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('provides a connected PrismaService built from APP_CONFIG, and disconnects it on close', async () => {
    const config = loadConfig({ DATABASE_URL: db.url, DATABASE_STATEMENT_TIMEOUT_MS: '300', DATABASE_POOL_SIZE: '2' });
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), DbModule] }).compile();
    await moduleRef.init();
    const prisma = moduleRef.get(PrismaService);

    const [settings] = await prisma.$queryRaw<{ timeout: string; db: string }[]>`
      SELECT current_setting('statement_timeout') AS timeout, current_database() AS db`;
    expect(settings).toEqual({ timeout: '300ms', db: db.name });
    await expect(prisma.$queryRaw`SELECT pg_sleep(2)`).rejects.toThrow(/statement timeout/);

    await moduleRef.close();
    const [sessions] = await (await freshClient(db.url)).query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    expect(sessions).toEqual({ n: 0 });
  });

  it('fails start-up when the database cannot be reached', async () => {
    const prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url.replace(db.name, `${db.name}_missing`) }));
    await expect(prisma.onModuleInit()).rejects.toThrow(/database "frontline_test_\w+_missing" does not exist/);
    await prisma.onModuleDestroy();
  });
});

async function freshClient(url: string): Promise<{ query<T>(sql: string): Promise<T[]> }> {
  const { Client } = await import('pg');
  return {
    async query<T>(sql: string) {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql)).rows as T[];
      } finally {
        await client.end();
      }
    },
  };
}
