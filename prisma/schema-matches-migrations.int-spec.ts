import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@app/config';
import { $Enums, MigrationRunner, Prisma, PrismaService, defaultMigrationsDir } from '@app/db';
import {
  compareSchemaWithDatabase,
  createTestDatabase,
  parsePrismaSchema,
  readDatabaseSchema,
  type AllowedExtras,
  type PrismaSchema,
  type TestDatabase,
} from '@app/testing';

/**
 * The migrations are written by hand (the Prisma schema engine cannot run here), so this
 * proves they build exactly the database `prisma migrate` would build from schema.prisma,
 * plus the search objects Prisma cannot express, listed here. A new hand-written column or
 * index belongs in this list; anything else that differs fails with one line per difference.
 */
const ALLOWED_EXTRAS: AllowedExtras = {
  // posting_search_changes: the change log the API's in-memory search index follows (…_search).
  tables: ['_prisma_migrations', 'posting_search_changes'],
  columns: ['postings.search_vector'],
  indexes: [
    'postings_search_vector_idx',
    'postings_roles_idx',
    'postings_spoken_languages_idx',
    'postings_shifts_idx',
    'postings_title_trgm_idx',
    'postings_open_posted_at_idx',
    'postings_open_sort_at_idx',
    'postings_open_salary_annual_idx',
    'postings_open_employer_name_folded_idx',
    'postings_open_city_folded_idx',
    'postings_open_country_idx',
  ],
};

describe('schema.prisma and prisma/migrations', () => {
  let db: TestDatabase;
  let client: Client;
  let schema: PrismaSchema;

  beforeAll(async () => {
    schema = parsePrismaSchema(await readFile(path.join(__dirname, 'schema.prisma'), 'utf8'));
    db = await createTestDatabase({ empty: true });
    client = new Client({ connectionString: db.url });
    await client.connect();
    await new MigrationRunner(client, { migrationsDir: defaultMigrationsDir() }).migrate();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('agree: every model, field, enum, index and relation exists with a compatible type', async () => {
    const problems = compareSchemaWithDatabase(schema, await readDatabaseSchema(client), ALLOWED_EXTRAS);
    expect(problems).toEqual([]);
  });

  it('would report a drifted database with one readable line per difference', async () => {
    // Only what the drift adds is checked here; whether the untouched database agrees is the
    // test above.
    const baseline = compareSchemaWithDatabase(schema, await readDatabaseSchema(client), ALLOWED_EXTRAS);
    await client.query('BEGIN');
    try {
      await client.query('ALTER TABLE postings ALTER COLUMN title DROP NOT NULL');
      await client.query('ALTER TABLE postings ADD COLUMN stray text');
      await client.query('DROP INDEX sources_name_key');
      await client.query('ALTER TABLE users DROP CONSTRAINT users_employer_id_fkey');
      await client.query(`ALTER TYPE "Shift" ADD VALUE 'split'`);
      const problems = compareSchemaWithDatabase(schema, await readDatabaseSchema(client), ALLOWED_EXTRAS);
      expect(problems.filter((p) => !baseline.includes(p))).toEqual([
        'enum Shift: expected values [day, evening, night, weekend, rotating, around_the_clock], found [day, evening, night, weekend, rotating, around_the_clock, split]',
        'sources: missing unique index (name) named sources_name_key',
        'postings.title: expected text NOT NULL, found text NULL',
        'postings.stray: column not in the schema',
        'users: missing foreign key users_employer_id_fkey (employer_id) → employers(id) on delete SetNull on update Cascade',
      ]);
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('are read the same way by this check and by the generated client', () => {
    // The generated client keeps names and kinds of the schema it was generated from; a
    // mismatch means either this reader misread schema.prisma or the client is stale.
    const runtime = (new PrismaService(loadConfig({ DATABASE_URL: db.url })) as unknown as {
      _runtimeDataModel: { models: Record<string, { dbName: string | null; fields: { name: string; kind: string; dbName?: string }[] }> };
    })._runtimeDataModel;
    const fromClient = Object.entries(runtime.models).map(([name, m]) => ({
      name,
      dbName: m.dbName ?? name,
      fields: m.fields.map((f) => `${f.name}:${f.kind}:${f.dbName ?? f.name}`),
    }));
    const fromReader = schema.models.map((m) => ({
      name: m.name,
      dbName: m.dbName,
      fields: m.fields.map((f) => `${f.name}:${f.kind}:${f.kind === 'object' ? f.name : f.columnName}`),
    }));
    expect(fromReader).toEqual(fromClient);
    expect(Object.keys(Prisma.ModelName)).toEqual(schema.models.map((m) => m.name));
    const enums = Object.fromEntries(schema.enums.map((e) => [e.name, e.values]));
    expect(Object.fromEntries(Object.entries($Enums).map(([name, values]) => [name, Object.values(values)]))).toEqual(enums);
  });

  describe('through the generated client', () => {
    let prisma: PrismaService;

    beforeAll(async () => {
      prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, DATABASE_STATEMENT_TIMEOUT_MS: '4321' }));
      await prisma.onModuleInit();
    });
    afterAll(async () => {
      await prisma?.onModuleDestroy();
    });

    it('creates and reads back a posting with its employer, source and enum, list, decimal and JSON fields', async () => {
      const source = await prisma.source.create({ data: { name: 'agreement-source', kind: 'jsonld', intervalSeconds: 3600 } });
      const employer = await prisma.employer.create({
        data: { key: 'zabka', displayName: 'Żabka', aliases: { create: [{ alias: 'Zabka Polska' }] } },
      });
      const run = await prisma.crawlRun.create({ data: { sourceId: source.id } });
      const created = await prisma.posting.create({
        data: {
          title: 'Specjalista ds. obsługi klienta',
          description: '<p>Obsługa klienta</p>',
          descriptionText: 'Obsługa klienta',
          employerId: employer.id,
          employerName: 'Żabka',
          roles: ['customer_service', 'call_center'],
          shifts: ['day', 'weekend'],
          spokenLanguages: ['pl', 'en'],
          salaryMin: new Prisma.Decimal('5200.50'),
          salaryPeriod: 'month',
          fingerprint: 'zabka|specjalista|warszawa',
          contentHash: 'h1',
          tagExplanation: { roles: ['obsługa klienta'] },
          sources: { create: [{ sourceId: source.id, externalId: 'ext-1', url: 'https://example.test/1', contentHash: 'h1', lastRunId: run.id }] },
        },
      });

      const read = await prisma.posting.findUniqueOrThrow({
        where: { id: created.id },
        include: { employer: { include: { aliases: true } }, sources: true },
      });

      expect(read).toMatchObject({
        title: 'Specjalista ds. obsługi klienta',
        roles: ['customer_service', 'call_center'],
        shifts: ['day', 'weekend'],
        spokenLanguages: ['pl', 'en'],
        remoteCountries: [],
        status: 'open',
        tagExplanation: { roles: ['obsługa klienta'] },
        employer: { key: 'zabka', canonical: null, aliases: [{ alias: 'Zabka Polska', lookalike: false }] },
        sources: [{ externalId: 'ext-1', lastRunId: run.id, goneAt: null }],
      });
      expect(read.salaryMin?.toString()).toBe('5200.5');
      expect(read.updatedAt).toBeInstanceOf(Date);
    });

    it('fills the search vector so that accent- and case-folded queries find the posting', async () => {
      const found = await prisma.$queryRaw<{ title: string }[]>`
        SELECT title FROM postings
         WHERE search_vector @@ plainto_tsquery('simple', search_fold(${'OBSLUGA klienta'}))`;
      expect(found.map((r) => r.title)).toEqual(['Specjalista ds. obsługi klienta']);
    });

    it('runs every statement under the configured statement_timeout', async () => {
      const rows = await prisma.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
      expect(rows[0].statement_timeout).toBe('4321ms');
    });
  });
});
