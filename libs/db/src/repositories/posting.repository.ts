import { Injectable } from '@nestjs/common';
import type { NormalizedPosting } from '@app/postings';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';

export type UpsertOutcome = 'new' | 'updated' | 'unchanged' | 'merged';

type PostingWrite = Omit<Prisma.PostingUncheckedCreateInput, 'id'>;

function postingData(p: NormalizedPosting, employerId: string | null): PostingWrite {
  return {
    title: p.title,
    description: p.description,
    descriptionText: p.descriptionText,
    employerId,
    employerName: p.employerName,
    roles: p.roles,
    seniority: p.seniority,
    language: p.language,
    remoteMode: p.remoteMode,
    remoteCountries: p.remoteCountries,
    city: p.city,
    region: p.region,
    country: p.country,
    locationRaw: p.locationRaw,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    salaryCurrency: p.salaryCurrency,
    salaryPeriod: p.salaryPeriod,
    salaryAnnual: p.salaryAnnual,
    salaryRaw: p.salaryRaw,
    employmentType: p.employmentType,
    spokenLanguages: p.spokenLanguages,
    shifts: p.shifts,
    postedAt: p.postedAt,
    validThrough: p.validThrough,
    applyUrl: p.applyUrl,
    fingerprint: p.fingerprint,
    contentHash: p.contentHash,
    tagExplanation: p.explanation as unknown as Prisma.InputJsonValue,
    // Seen again (or first seen) by a source: open unless its own dates say it is over.
    status: p.validThrough && p.validThrough.getTime() < Date.now() ? 'expired' : 'open',
    closedAt: null,
  };
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === 'P2002';
}

@Injectable()
export class PostingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Stores what one source says of one posting. The posting is found by provenance
   * (source + external id) first, then by fingerprint (the same job from another source: one
   * posting, one more provenance record), else created. Unchanged content costs one read and
   * one provenance touch. A concurrent insert of the same fingerprint by another worker is
   * resolved by retrying once, when the row is there to be found.
   */
  async upsertFromSource(sourceId: string, runId: string | null, p: NormalizedPosting, employerId: string | null): Promise<{ postingId: string; outcome: UpsertOutcome }> {
    try {
      return await this.upsertOnce(sourceId, runId, p, employerId);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return this.upsertOnce(sourceId, runId, p, employerId);
    }
  }

  private upsertOnce(sourceId: string, runId: string | null, p: NormalizedPosting, employerId: string | null) {
    return this.prisma.$transaction(async (tx) => {
      const seen = { lastSeenAt: new Date(), lastRunId: runId, goneAt: null, url: p.url, applyUrl: p.applyUrl };
      const provenance = await tx.postingSource.findUnique({
        where: { sourceId_externalId: { sourceId, externalId: p.externalId } },
        select: { id: true, postingId: true, contentHash: true, posting: { select: { status: true } } },
      });
      if (provenance) {
        const reopened = provenance.posting.status === 'closed';
        if (provenance.contentHash === p.contentHash && !reopened) {
          await tx.postingSource.update({ where: { id: provenance.id }, data: seen });
          return { postingId: provenance.postingId, outcome: 'unchanged' as const };
        }
        const data = postingData(p, employerId);
        const holder = await tx.posting.findUnique({ where: { fingerprint: p.fingerprint }, select: { id: true } });
        // A changed title can collide with another posting's fingerprint; keep ours rather than merge silently.
        if (holder && holder.id !== provenance.postingId) delete (data as Partial<PostingWrite>).fingerprint;
        await tx.posting.update({ where: { id: provenance.postingId }, data });
        await tx.postingSource.update({ where: { id: provenance.id }, data: { ...seen, contentHash: p.contentHash } });
        return { postingId: provenance.postingId, outcome: 'updated' as const };
      }

      const twin = await tx.posting.findUnique({ where: { fingerprint: p.fingerprint }, select: { id: true, status: true } });
      const postingId = twin
        ? twin.id
        : (await tx.posting.create({ data: postingData(p, employerId), select: { id: true } })).id;
      if (twin && twin.status !== 'open') {
        await tx.posting.update({ where: { id: twin.id }, data: { status: 'open', closedAt: null } });
      }
      await tx.postingSource.create({
        data: { postingId, sourceId, externalId: p.externalId, contentHash: p.contentHash, ...seen },
      });
      return { postingId, outcome: twin ? ('merged' as const) : ('new' as const) };
    });
  }

  /** A 304 for a posting's page: everything that page carried was seen in this run, unchanged. */
  async markSeenByUrl(sourceId: string, runId: string, url: string): Promise<number> {
    const result = await this.prisma.postingSource.updateMany({
      where: { sourceId, url },
      data: { lastSeenAt: new Date(), lastRunId: runId, goneAt: null },
    });
    return result.count;
  }

  /**
   * After a complete, successful run: the source's provenance records that the run did not see are
   * gone, and a posting that no source carries any more is closed. Returns how many postings closed.
   */
  async closeMissingFromRun(sourceId: string, runId: string): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`
        UPDATE posting_sources SET gone_at = now()
         WHERE source_id = ${sourceId}::uuid AND gone_at IS NULL
           AND (last_run_id IS DISTINCT FROM ${runId}::uuid)`;
      return tx.$executeRaw`
        UPDATE postings p SET status = 'closed', closed_at = now(), updated_at = now()
         WHERE p.status = 'open'
           AND EXISTS (SELECT 1 FROM posting_sources ps WHERE ps.posting_id = p.id AND ps.source_id = ${sourceId}::uuid)
           AND NOT EXISTS (SELECT 1 FROM posting_sources ps WHERE ps.posting_id = p.id AND ps.gone_at IS NULL)`;
    });
  }

  /** Postings past their validThrough are expired, whatever their sources say. */
  expirePast(now: Date = new Date()): Promise<number> {
    return this.prisma.$executeRaw`
      UPDATE postings SET status = 'expired', updated_at = now()
       WHERE status = 'open' AND valid_through IS NOT NULL AND valid_through < ${now}::timestamptz`;
  }

  findById(id: string) {
    return this.prisma.posting.findUnique({
      where: { id },
      include: {
        employer: { select: { key: true, displayName: true, canonical: true } },
        sources: {
          select: { url: true, applyUrl: true, firstSeenAt: true, lastSeenAt: true, goneAt: true, externalId: true, source: { select: { name: true, kind: true } } },
          orderBy: { firstSeenAt: 'asc' },
        },
      },
    });
  }
}
