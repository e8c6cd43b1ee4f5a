import { loadConfig } from '@app/config';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { PrismaService } from '../prisma.service';
import type { AuditActor } from './audit-log.repository';
import { AuthSessionRepository } from './auth-session.repository';
import { RecruiterPostingRepository } from './recruiter-posting.repository';
import { UserRepository } from './user.repository';

/** The races of recruiter accounts and postings, on real PostgreSQL. */
describe('RecruiterPostingRepository and account repositories (real PostgreSQL)', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let postings: RecruiterPostingRepository;
  let employer: { id: string; key: string; displayName: string };
  let userId: string;
  const actor: AuditActor = { id: null, email: 'r@acme.test', role: 'recruiter', via: 'access_token' };

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '6' }));
    await prisma.$connect();
    postings = new RecruiterPostingRepository(prisma);
    employer = await prisma.employer.create({ data: { key: 'acmesupport', displayName: 'Acme Support' }, select: { id: true, key: true, displayName: true } });
    userId = (await prisma.user.create({ data: { email: 'r@acme.test', passwordHash: 'x', role: 'recruiter', employerId: employer.id } })).id;
    actor.id = userId;
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await db.drop();
  });

  it('keeps one never-crawled source per employer, however many callers ensure it at once', async () => {
    const ids = await Promise.all(Array.from({ length: 4 }, () => postings.ensureSource(employer)));
    expect(new Set(ids).size).toBe(1);
    expect(await prisma.source.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({ name: 'recruiter-acmesupport', kind: 'recruiter', enabled: false });
  });

  it('creates one posting for concurrent requests with the same Idempotency-Key, and audits it once', async () => {
    const sourceId = await postings.ensureSource(employer);
    const data = { employerId: employer.id, sourceId, input: { title: 'Agent' }, createdById: userId, idempotencyKey: 'k-1', requestHash: 'h' };
    const results = await Promise.all(Array.from({ length: 5 }, () => postings.create(data, { actor, action: 'posting.create', entityType: 'recruiter_posting' })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.record.id)).size).toBe(1);
    expect(await prisma.auditLogEntry.count({ where: { entityId: results[0].record.id } })).toBe(1);
  });

  it('closes the stored posting and its provenance with the record, once', async () => {
    const sourceId = await postings.ensureSource(employer);
    const { record } = await postings.create(
      { employerId: employer.id, sourceId, input: { title: 'Chat Agent' }, createdById: userId, idempotencyKey: null, requestHash: null },
      { actor, action: 'posting.create', entityType: 'recruiter_posting' },
    );
    const stored = await prisma.posting.create({
      data: {
        title: 'Chat Agent', description: '', descriptionText: '', employerName: 'Someone else', fingerprint: 'fp-chat', contentHash: 'c',
        sources: { create: { sourceId, externalId: record.id, url: 'https://x.test', contentHash: 'c' } },
      },
    });
    await postings.assignEmployer(record, employer);
    expect(await prisma.posting.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ employerId: employer.id, employerName: 'Acme Support' });

    const audit = { actor, action: 'posting.close', entityType: 'recruiter_posting', entityId: record.id };
    expect(await Promise.all([postings.close(record.id, userId, audit), postings.close(record.id, userId, audit)])).toEqual(expect.arrayContaining([true, false]));
    expect(await prisma.posting.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: 'closed', closedAt: expect.any(Date) });
    expect((await prisma.postingSource.findFirstOrThrow({ where: { postingId: stored.id } })).goneAt).toBeInstanceOf(Date);
    expect(await prisma.auditLogEntry.count({ where: { entityId: record.id, action: 'posting.close' } })).toBe(1);
    expect((await postings.storedPostings([record])).get(record.id)?.status).toBe('closed');
    expect(await postings.update(record.id, { title: 'Reopen?' }, userId, audit)).toBeNull();
  });

  it('lets exactly one of two concurrent refreshes rotate a token', async () => {
    const sessions = new AuthSessionRepository(prisma);
    const session = await sessions.create({ userId, kind: 'api', tokenHash: 'old', expiresAt: new Date(Date.now() + 60_000) });
    const wins = await Promise.all([sessions.rotate(session.id, 'old', 'new-a'), sessions.rotate(session.id, 'old', 'new-b')]);
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect((await sessions.findByPreviousTokenHash('old'))?.id).toBe(session.id);
  });

  it('revokes every session of an account it disables', async () => {
    const sessions = new AuthSessionRepository(prisma);
    const session = await sessions.create({ userId, kind: 'web', tokenHash: 'web-1', expiresAt: new Date(Date.now() + 60_000) });
    expect(await sessions.findActiveById(session.id)).not.toBeNull();
    await new UserRepository(prisma).setDisabled(userId, true, { actor, action: 'user.disable', entityType: 'user', entityId: userId });
    expect(await sessions.findActiveById(session.id)).toBeNull();
    expect((await prisma.authSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeInstanceOf(Date);
  });
});
