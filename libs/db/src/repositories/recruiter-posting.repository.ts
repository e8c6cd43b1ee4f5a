import { Injectable } from '@nestjs/common';
import { Prisma, type RecruiterPosting } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';
import { writeAuditEntry, type AuditEntryInput } from './audit-log.repository';

export type RecruiterPostingRecord = RecruiterPosting & { employer: { id: string; displayName: string } };

/** What normalisation made of a recruiter posting: the stored Posting with its tags. */
export const STORED_POSTING_SELECT = {
  id: true,
  status: true,
  title: true,
  description: true,
  employerId: true,
  employerName: true,
  roles: true,
  seniority: true,
  language: true,
  remoteMode: true,
  remoteCountries: true,
  city: true,
  region: true,
  country: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  salaryAnnual: true,
  employmentType: true,
  spokenLanguages: true,
  shifts: true,
  validThrough: true,
  applyUrl: true,
  closedAt: true,
  updatedAt: true,
} satisfies Prisma.PostingSelect;

export type StoredPosting = Prisma.PostingGetPayload<{ select: typeof STORED_POSTING_SELECT }>;

export interface ListRecruiterPostingsQuery {
  /** Absent for admins, who see every employer's. */
  employerId?: string;
  /** Newest first: entries strictly older than this one (the previous page's last). */
  before?: { createdAt: Date; id: string };
  limit: number;
}

const WITH_EMPLOYER = { employer: { select: { id: true, displayName: true } } } satisfies Prisma.RecruiterPostingInclude;

/** Source names of recruiter postings: one source per employer, never crawled. */
export function recruiterSourceName(employerKey: string): string {
  return `recruiter-${employerKey}`;
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === 'P2002';
}

/**
 * Postings made by recruiters, and their link to the stored Posting: a recruiter posting's id is
 * its external id under its employer's `recruiter` source, so normalisation stores it like any
 * crawled posting. Changes are written with their audit entry in one transaction.
 */
@Injectable()
export class RecruiterPostingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The employer's recruiter source, created on first use. Disabled, so that the crawl scheduler
   * never picks it up: only the recruiter API feeds it.
   */
  async ensureSource(employer: { id: string; key: string; displayName: string }): Promise<string> {
    const name = recruiterSourceName(employer.key);
    const existing = await this.prisma.source.findUnique({ where: { name }, select: { id: true } });
    if (existing) return existing.id;
    try {
      const created = await this.prisma.source.create({
        data: { name, kind: 'recruiter', enabled: false, origin: 'api', intervalSeconds: 86_400, employerHint: employer.displayName },
        select: { id: true },
      });
      return created.id;
    } catch (err) {
      // Another request created it first (Prisma's upsert is not atomic either).
      if (!isUniqueViolation(err)) throw err;
      return (await this.prisma.source.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
    }
  }

  /** The employer a recruiter posts for, with the key its source is named by. */
  findEmployer(id: string): Promise<{ id: string; key: string; displayName: string } | null> {
    return this.prisma.employer.findUnique({ where: { id }, select: { id: true, key: true, displayName: true } });
  }

  findById(id: string): Promise<RecruiterPostingRecord | null> {
    return this.prisma.recruiterPosting.findUnique({ where: { id }, include: WITH_EMPLOYER });
  }

  findByIdempotencyKey(createdById: string, idempotencyKey: string): Promise<RecruiterPostingRecord | null> {
    return this.prisma.recruiterPosting.findUnique({
      where: { createdById_idempotencyKey: { createdById, idempotencyKey } },
      include: WITH_EMPLOYER,
    });
  }

  /**
   * Creates the posting, or, when the same user already used this Idempotency-Key (a retry, maybe
   * concurrent with the first try), returns that one with `created: false`.
   */
  async create(
    data: { employerId: string; sourceId: string; input: Record<string, unknown>; createdById: string; idempotencyKey: string | null; requestHash: string | null },
    audit: Omit<AuditEntryInput, 'entityId'>,
  ): Promise<{ record: RecruiterPostingRecord; created: boolean }> {
    try {
      const record = await this.prisma.$transaction(async (tx) => {
        const created = await tx.recruiterPosting.create({
          data: { ...data, input: data.input as Prisma.InputJsonValue, updatedById: data.createdById },
          include: WITH_EMPLOYER,
        });
        await writeAuditEntry(tx, { ...audit, entityId: created.id });
        return created;
      });
      return { record, created: true };
    } catch (err) {
      if (!isUniqueViolation(err) || !data.idempotencyKey) throw err;
      const existing = await this.findByIdempotencyKey(data.createdById, data.idempotencyKey);
      if (!existing) throw err;
      return { record: existing, created: false };
    }
  }

  /** Replaces the input of an open posting and bumps its revision; null when it is closed or gone. */
  update(id: string, input: Record<string, unknown>, updatedById: string, audit: AuditEntryInput): Promise<RecruiterPostingRecord | null> {
    return this.prisma.$transaction(async (tx) => {
      const result = await tx.recruiterPosting.updateMany({
        where: { id, closedAt: null },
        data: { input: input as Prisma.InputJsonValue, updatedById, revision: { increment: 1 } },
      });
      if (result.count === 0) return null;
      await writeAuditEntry(tx, audit);
      return tx.recruiterPosting.findUniqueOrThrow({ where: { id }, include: WITH_EMPLOYER });
    });
  }

  /**
   * Closes the posting: the recruiter's record, its provenance and the stored Posting, which job
   * seekers stop seeing. The employer's word is final here even when a crawled source also
   * carries the posting. False when it was already closed (nothing is recorded then).
   */
  close(id: string, closedById: string, audit: AuditEntryInput): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const now = new Date();
      const rows = await tx.recruiterPosting.updateManyAndReturn({
        where: { id, closedAt: null },
        data: { closedAt: now, updatedById: closedById },
        select: { sourceId: true },
      });
      if (rows.length === 0) return false;
      const { sourceId } = rows[0];
      await tx.$executeRaw`
        UPDATE posting_sources SET gone_at = ${now}::timestamptz
         WHERE source_id = ${sourceId}::uuid AND external_id = ${id} AND gone_at IS NULL`;
      await tx.$executeRaw`
        UPDATE postings SET status = 'closed', closed_at = ${now}::timestamptz, updated_at = ${now}::timestamptz
         WHERE status <> 'closed'
           AND id IN (SELECT posting_id FROM posting_sources WHERE source_id = ${sourceId}::uuid AND external_id = ${id})`;
      await writeAuditEntry(tx, audit);
      return true;
    });
  }

  list(query: ListRecruiterPostingsQuery): Promise<RecruiterPostingRecord[]> {
    const where: Prisma.RecruiterPostingWhereInput = { employerId: query.employerId };
    if (query.before) {
      where.OR = [{ createdAt: { lt: query.before.createdAt } }, { createdAt: query.before.createdAt, id: { lt: query.before.id } }];
    }
    return this.prisma.recruiterPosting.findMany({ where, include: WITH_EMPLOYER, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: query.limit });
  }

  /** The stored Posting of each recruiter posting that normalisation has stored, by recruiter posting id. */
  async storedPostings(records: readonly Pick<RecruiterPosting, 'id' | 'sourceId'>[]): Promise<Map<string, StoredPosting>> {
    if (records.length === 0) return new Map();
    const rows = await this.prisma.postingSource.findMany({
      where: { OR: records.map((r) => ({ sourceId: r.sourceId, externalId: r.id })) },
      select: { externalId: true, posting: { select: STORED_POSTING_SELECT } },
    });
    return new Map(rows.map((r) => [r.externalId, r.posting]));
  }

  /**
   * The recruiter's employer is authoritative for their posting: when the tagger matched the
   * employer's name to another employer, this puts the posting back under the right one.
   */
  async assignEmployer(record: Pick<RecruiterPosting, 'id' | 'sourceId'>, employer: { id: string; displayName: string }): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE postings SET employer_id = ${employer.id}::uuid, employer_name = ${employer.displayName}, updated_at = now()
       WHERE employer_id IS DISTINCT FROM ${employer.id}::uuid
         AND id IN (SELECT posting_id FROM posting_sources WHERE source_id = ${record.sourceId}::uuid AND external_id = ${record.id})`;
  }
}
