import { loadConfig } from '@app/config';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { PrismaService } from '../prisma.service';
import { SourceRepository, type SourceFileEntry } from './source.repository';

const entry = (name: string, overrides: Partial<SourceFileEntry> = {}): SourceFileEntry => ({
  name,
  kind: 'jsonld',
  url: `https://${name}.example.test/`,
  intervalSeconds: 3600,
  enabled: true,
  ...overrides,
});

describe('SourceRepository (real PostgreSQL)', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let repo: SourceRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '20' }));
    await prisma.$connect();
    repo = new SourceRepository(prisma);
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await db.drop();
  });

  beforeEach(async () => {
    await prisma.crawlRun.deleteMany();
    await prisma.source.deleteMany();
  });

  it('syncs the file: adds, updates, disables what it no longer lists, leaves API sources alone', async () => {
    await prisma.source.create({ data: { name: 'from-api', kind: 'rss', url: 'https://x.test/feed', intervalSeconds: 600, origin: 'api' } });
    expect(await repo.syncFromFile([entry('one'), entry('two')])).toEqual({ added: ['one', 'two'], updated: [], disabled: [], skipped: [] });
    expect(await repo.syncFromFile([entry('one'), entry('two')])).toEqual({ added: [], updated: [], disabled: [], skipped: [] });
    expect(await repo.syncFromFile([entry('one', { intervalSeconds: 900 }), entry('from-api')])).toEqual({
      added: [],
      updated: ['one'],
      disabled: ['two'],
      skipped: ['from-api'],
    });
    const all = await repo.findAll();
    expect(all.map((s) => [s.name, s.enabled, s.intervalSeconds])).toEqual([
      ['from-api', true, 600],
      ['one', true, 900],
      ['two', false, 3600],
    ]);
  });

  it('lets concurrent schedulers claim each due source once per interval', async () => {
    await repo.syncFromFile([entry('a'), entry('b'), entry('c'), entry('off', { enabled: false })]);
    const now = new Date();
    const claims = (await Promise.all(Array.from({ length: 10 }, () => repo.claimDue(now)))).flat();
    expect(claims.map((c) => c.name).sort()).toEqual(['a', 'b', 'c']);
    expect(await repo.claimDue(new Date(now.getTime() + 1000))).toEqual([]);
    expect((await repo.claimDue(new Date(now.getTime() + 3601_000))).map((c) => c.name).sort()).toEqual(['a', 'b', 'c']);
  });

  it('does not claim a source whose previous run is still going', async () => {
    await repo.syncFromFile([entry('busy')]);
    const busy = (await repo.findByName('busy'))!;
    await prisma.crawlRun.create({ data: { sourceId: busy.id, status: 'running' } });
    expect(await repo.claimDue()).toEqual([]);
    await prisma.crawlRun.updateMany({ data: { status: 'succeeded' } });
    expect((await repo.claimDue()).map((c) => c.name)).toEqual(['busy']);
  });

  it('counts an error streak and resets it on success', async () => {
    await repo.syncFromFile([entry('flaky')]);
    const { id } = (await repo.findByName('flaky'))!;
    await repo.recordRunOutcome(id, false);
    await repo.recordRunOutcome(id, false);
    expect((await repo.findById(id))!.errorStreak).toBe(2);
    await repo.recordRunOutcome(id, true);
    expect((await repo.findById(id))!.errorStreak).toBe(0);
  });
});
