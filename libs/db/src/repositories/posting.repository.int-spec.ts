import { loadConfig } from '@app/config';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import type { NormalizedPosting } from '@app/postings';
import { PrismaService } from '../prisma.service';
import { PostingRepository } from './posting.repository';
import { CrawlRunRepository } from './crawl-run.repository';

function posting(overrides: Partial<NormalizedPosting> = {}): NormalizedPosting {
  return {
    externalId: 'ext-1',
    url: 'https://jobs.example.test/1',
    title: 'Customer Service Advisor',
    description: '<p>Help customers.</p>',
    descriptionText: 'Help customers.',
    employerName: 'Acme',
    employerKey: 'acme',
    employerCanonical: null,
    roles: ['customer_service'],
    seniority: 'agent',
    language: 'en',
    remoteMode: 'onsite',
    remoteCountries: [],
    city: 'Tallinn',
    region: null,
    country: 'EE',
    locationRaw: 'Tallinn, Estonia',
    salaryMin: 1400,
    salaryMax: 1800,
    salaryCurrency: 'EUR',
    salaryPeriod: 'month',
    salaryAnnual: 19200,
    salaryRaw: '1400-1800 EUR',
    employmentType: 'full_time',
    spokenLanguages: ['et', 'en'],
    shifts: ['day'],
    postedAt: new Date('2026-11-01T00:00:00Z'),
    validThrough: null,
    applyUrl: 'https://jobs.example.test/1/apply',
    fingerprint: 'fp-1',
    contentHash: 'hash-1',
    explanation: [],
    ...overrides,
  };
}

describe('PostingRepository (real PostgreSQL)', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let repo: PostingRepository;
  let runs: CrawlRunRepository;
  let sourceA: string;
  let sourceB: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url }));
    await prisma.$connect();
    repo = new PostingRepository(prisma);
    runs = new CrawlRunRepository(prisma);
    sourceA = (await prisma.source.create({ data: { name: 'a', kind: 'jsonld', url: 'https://a.test/', intervalSeconds: 3600 } })).id;
    sourceB = (await prisma.source.create({ data: { name: 'b', kind: 'greenhouse', board: 'acme', intervalSeconds: 3600 } })).id;
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await db.drop();
  });

  beforeEach(async () => {
    await prisma.postingSource.deleteMany();
    await prisma.posting.deleteMany();
    await prisma.crawlRun.deleteMany();
  });

  async function run(sourceId: string): Promise<string> {
    return (await prisma.crawlRun.create({ data: { sourceId } })).id;
  }

  it('creates, then skips unchanged content, then updates changed content in place', async () => {
    const r1 = await run(sourceA);
    const first = await repo.upsertFromSource(sourceA, r1, posting(), null);
    expect(first.outcome).toBe('new');
    expect((await repo.upsertFromSource(sourceA, r1, posting(), null)).outcome).toBe('unchanged');
    const changed = await repo.upsertFromSource(sourceA, r1, posting({ title: 'Customer Service Advisor (Estonian)', contentHash: 'hash-2' }), null);
    expect(changed).toEqual({ postingId: first.postingId, outcome: 'updated' });
    expect(await prisma.posting.count()).toBe(1);
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: first.postingId } })).title).toBe('Customer Service Advisor (Estonian)');
  });

  it('stores every field as normalised', async () => {
    const p = posting({ explanation: [{ field: 'roles', rule: 'title-term', evidence: 'customer service' }], shifts: ['night', 'weekend'], salaryAnnual: 19200.5 });
    const { postingId } = await repo.upsertFromSource(sourceA, await run(sourceA), p, null);
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: postingId }, include: { sources: true } });
    expect(row).toMatchObject({
      title: p.title,
      description: p.description,
      descriptionText: p.descriptionText,
      employerName: 'Acme',
      roles: ['customer_service'],
      seniority: 'agent',
      language: 'en',
      remoteMode: 'onsite',
      remoteCountries: [],
      city: 'Tallinn',
      country: 'EE',
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      employmentType: 'full_time',
      spokenLanguages: ['et', 'en'],
      shifts: ['night', 'weekend'],
      postedAt: p.postedAt,
      validThrough: null,
      status: 'open',
      fingerprint: 'fp-1',
      applyUrl: p.applyUrl,
      contentHash: 'hash-1',
      tagExplanation: [{ field: 'roles', rule: 'title-term', evidence: 'customer service' }],
    });
    expect([row.salaryMin?.toNumber(), row.salaryMax?.toNumber(), row.salaryAnnual?.toNumber()]).toEqual([1400, 1800, 19200.5]);
    expect(row.sources).toEqual([expect.objectContaining({ sourceId: sourceA, externalId: 'ext-1', url: p.url, applyUrl: p.applyUrl, contentHash: 'hash-1' })]);
  });

  it('merges the same job from two sources into one posting with two provenance records', async () => {
    const a = await repo.upsertFromSource(sourceA, await run(sourceA), posting(), null);
    const b = await repo.upsertFromSource(sourceB, await run(sourceB), posting({ externalId: 'gh-99', url: 'https://boards.test/99' }), null);
    expect(b).toEqual({ postingId: a.postingId, outcome: 'merged' });
    expect(await prisma.posting.count()).toBe(1);
    expect(await prisma.postingSource.count({ where: { postingId: a.postingId } })).toBe(2);
  });

  it('keeps near-misses (another fingerprint) apart', async () => {
    await repo.upsertFromSource(sourceA, null, posting(), null);
    await repo.upsertFromSource(sourceB, null, posting({ externalId: 'x', city: 'Tartu', fingerprint: 'fp-tartu' }), null);
    expect(await prisma.posting.count()).toBe(2);
  });

  it('stores one posting when many workers insert the same job at once', async () => {
    const r = await run(sourceA);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => repo.upsertFromSource(i % 2 ? sourceA : sourceB, r, posting({ externalId: `same-${i % 2}` }), null)),
    );
    expect(new Set(results.map((x) => x.postingId)).size).toBe(1);
    expect(await prisma.posting.count()).toBe(1);
    expect(await prisma.postingSource.count()).toBe(2);
  });

  it('closes a posting only when no source carries it any more', async () => {
    const r1 = await run(sourceA);
    const kept = await repo.upsertFromSource(sourceA, r1, posting({ externalId: 'kept', fingerprint: 'fp-kept' }), null);
    const dropped = await repo.upsertFromSource(sourceA, r1, posting({ externalId: 'dropped', fingerprint: 'fp-dropped' }), null);
    const shared = await repo.upsertFromSource(sourceA, r1, posting({ externalId: 'shared', fingerprint: 'fp-shared' }), null);
    await repo.upsertFromSource(sourceB, await run(sourceB), posting({ externalId: 'shared-b', fingerprint: 'fp-shared' }), null);

    const r2 = await run(sourceA);
    await repo.upsertFromSource(sourceA, r2, posting({ externalId: 'kept', fingerprint: 'fp-kept' }), null);
    expect(await repo.closeMissingFromRun(sourceA, r2)).toBe(1);

    const status = async (id: string) => (await prisma.posting.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(kept.postingId)).toBe('open');
    expect(await status(dropped.postingId)).toBe('closed');
    expect(await status(shared.postingId)).toBe('open');

    // Listed again later: reopened.
    const r3 = await run(sourceA);
    const back = await repo.upsertFromSource(sourceA, r3, posting({ externalId: 'dropped', fingerprint: 'fp-dropped' }), null);
    expect(back.outcome).toBe('updated');
    expect(await status(dropped.postingId)).toBe('open');
  });

  it('marks the postings of a not-modified page as seen in the run', async () => {
    const r1 = await run(sourceA);
    await repo.upsertFromSource(sourceA, r1, posting(), null);
    const r2 = await run(sourceA);
    expect(await repo.markSeenByUrl(sourceA, r2, 'https://jobs.example.test/1')).toBe(1);
    expect(await repo.closeMissingFromRun(sourceA, r2)).toBe(0);
  });

  it('expires postings past validThrough', async () => {
    await repo.upsertFromSource(sourceA, null, posting({ validThrough: new Date(Date.now() + 3600_000) }), null);
    expect(await repo.expirePast(new Date(Date.now() + 7200_000))).toBe(1);
    expect((await prisma.posting.findFirstOrThrow()).status).toBe('expired');
  });

  it('stores a mixed batch in one call: new, unchanged, merged within the batch, repeated', async () => {
    const r1 = await run(sourceA);
    const existing = await repo.upsertFromSource(sourceA, r1, posting({ externalId: 'old', fingerprint: 'fp-old' }), null);
    const r2 = await run(sourceA);
    const results = await repo.upsertManyFromSources([
      { sourceId: sourceA, runId: r2, posting: posting({ externalId: 'old', fingerprint: 'fp-old' }), employerId: null },
      { sourceId: sourceA, runId: r2, posting: posting({ externalId: 'n1', fingerprint: 'fp-n1' }), employerId: null },
      { sourceId: sourceB, runId: r2, posting: posting({ externalId: 'gh-n1', fingerprint: 'fp-n1' }), employerId: null },
      { sourceId: sourceA, runId: r2, posting: posting({ externalId: 'n1', fingerprint: 'fp-n1' }), employerId: null },
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['unchanged', 'new', 'merged', 'unchanged']);
    expect(results[0].postingId).toBe(existing.postingId);
    expect(new Set(results.slice(1).map((r) => r.postingId)).size).toBe(1);
    expect(await prisma.posting.count()).toBe(2);
    expect(await prisma.postingSource.count()).toBe(3);
    expect(await prisma.postingSource.count({ where: { lastRunId: r2 } })).toBe(3);
  });

  it('counts run statistics atomically and keeps the first errors', async () => {
    const r = await run(sourceA);
    await Promise.all(Array.from({ length: 20 }, () => runs.increment(r, { pagesFetched: 1, postingsSeen: 2 })));
    for (let i = 0; i < 25; i++) await runs.recordError(r, `error ${i}`);
    const row = await prisma.crawlRun.findUniqueOrThrow({ where: { id: r } });
    expect(row.pagesFetched).toBe(20);
    expect(row.postingsSeen).toBe(40);
    expect((row.errors as unknown[]).length).toBe(20);
  });
});
