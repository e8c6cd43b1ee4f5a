import { loadConfig } from '@app/config';
import { PrismaService } from '@app/db';
import { employerKey } from '@app/taxonomy';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { loadEmployerEntries, seedEmployers, type EmployerEntry } from './seed';

describe('seedEmployers', () => {
  let db: TestDatabase;
  let prisma: PrismaService;

  beforeEach(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url }));
    await prisma.onModuleInit();
  });
  afterEach(async () => {
    await prisma.onModuleDestroy();
    await db.drop();
  });

  const snapshot = () =>
    prisma.employer.findMany({
      orderBy: { key: 'asc' },
      select: { key: true, canonical: true, displayName: true, aliases: { select: { alias: true, lookalike: true }, orderBy: { alias: 'asc' } } },
    });

  it('loads the taxonomy employers file, and a second run changes nothing', async () => {
    const entries = await loadEmployerEntries();
    const first = await seedEmployers(prisma, entries);
    const afterFirst = await snapshot();
    const second = await seedEmployers(prisma, entries);

    expect(second).toEqual(first);
    expect(await snapshot()).toEqual(afterFirst);
    expect(afterFirst).toHaveLength(entries.length);
    for (const entry of entries) {
      const employer = afterFirst.find((e) => e.canonical === entry.canonical);
      expect(employer).toMatchObject({ key: employerKey(entry.canonical), displayName: entry.canonical });
      const lookalikes = employer!.aliases.filter((a) => a.lookalike).map((a) => a.alias);
      expect(lookalikes.sort()).toEqual([...new Set(entry.lookalikes)].sort());
      for (const alias of entry.aliases) expect(employer!.aliases).toContainEqual({ alias, lookalike: false });
    }
  });

  it('is safe when two seeds run at once', async () => {
    const entries = await loadEmployerEntries();
    await Promise.all([seedEmployers(prisma, entries), seedEmployers(prisma, entries)]);
    expect(await prisma.employer.count()).toBe(entries.length);
  });

  it('makes an employer a crawl created earlier canonical instead of duplicating it, and follows moved aliases', async () => {
    const entry: EmployerEntry = { canonical: 'Hilton', aliases: ['Hilton Worldwide', 'Hilton Hotels'], lookalikes: ['Paris Hilton'] };
    const crawled = await prisma.employer.create({ data: { key: employerKey('Hilton'), displayName: 'HILTON' } });

    await seedEmployers(prisma, [entry]);
    await seedEmployers(prisma, [{ ...entry, aliases: ['Hilton Worldwide', 'Paris Hilton'], lookalikes: ['Hilton Hotels'] }]);

    expect(await snapshot()).toEqual([
      {
        key: crawled.key,
        canonical: 'Hilton',
        displayName: 'Hilton',
        aliases: [
          { alias: 'Hilton Hotels', lookalike: true },
          { alias: 'Hilton Worldwide', lookalike: false },
          { alias: 'Paris Hilton', lookalike: false },
        ],
      },
    ]);
  });
});
