import { Injectable } from '@nestjs/common';
import type { NormalizedPosting } from '@app/postings';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';

export type UpsertOutcome = 'new' | 'updated' | 'unchanged' | 'merged';

export interface UpsertItem {
  sourceId: string;
  runId: string | null;
  posting: NormalizedPosting;
  employerId: string | null;
}

export interface UpsertResult {
  postingId: string;
  outcome: UpsertOutcome;
}

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

type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];

// Bulk inserts go as one JSON parameter through json_to_recordset: Prisma's own createMany spends
// milliseconds of client CPU per wide row (measured: ~3 ms per posting), the database ~0.6 ms.
const POSTING_RECORD = `title text, description text, description_text text, employer_id uuid, employer_name text,
  roles "Role"[], seniority "Seniority", language text, remote_mode "RemoteMode", remote_countries text[],
  city text, region text, country text, location_raw text, salary_min numeric, salary_max numeric,
  salary_currency text, salary_period "SalaryPeriod", salary_annual numeric, salary_raw text,
  employment_type "EmploymentType", spoken_languages text[], shifts "Shift"[], posted_at timestamptz,
  valid_through timestamptz, status "PostingStatus", fingerprint text, apply_url text, content_hash text,
  tag_explanation jsonb`;
const POSTING_COLUMNS = POSTING_RECORD.split(',')
  .map((column) => column.trim().split(/\s+/)[0])
  .join(', ');

/** Inserts postings, skipping fingerprints another writer stored first; returns the rows it inserted. */
async function insertPostings(tx: Tx, rows: PostingWrite[]): Promise<{ id: string; fingerprint: string }[]> {
  const records = rows.map((r) => ({
    title: r.title,
    description: r.description,
    description_text: r.descriptionText,
    employer_id: r.employerId ?? null,
    employer_name: r.employerName,
    roles: r.roles,
    seniority: r.seniority ?? null,
    language: r.language ?? null,
    remote_mode: r.remoteMode ?? null,
    remote_countries: r.remoteCountries,
    city: r.city ?? null,
    region: r.region ?? null,
    country: r.country ?? null,
    location_raw: r.locationRaw ?? null,
    salary_min: r.salaryMin ?? null,
    salary_max: r.salaryMax ?? null,
    salary_currency: r.salaryCurrency ?? null,
    salary_period: r.salaryPeriod ?? null,
    salary_annual: r.salaryAnnual ?? null,
    salary_raw: r.salaryRaw ?? null,
    employment_type: r.employmentType ?? null,
    spoken_languages: r.spokenLanguages,
    shifts: r.shifts,
    posted_at: r.postedAt ?? null,
    valid_through: r.validThrough ?? null,
    status: r.status,
    fingerprint: r.fingerprint,
    apply_url: r.applyUrl ?? null,
    content_hash: r.contentHash,
    tag_explanation: r.tagExplanation ?? null,
  }));
  return tx.$queryRawUnsafe<{ id: string; fingerprint: string }[]>(
    `INSERT INTO postings (${POSTING_COLUMNS}, updated_at)
     SELECT ${POSTING_COLUMNS}, now() FROM json_to_recordset($1::json) AS x(${POSTING_RECORD})
     ON CONFLICT (fingerprint) DO NOTHING
     RETURNING id::text, fingerprint`,
    JSON.stringify(records),
  );
}

async function insertProvenance(
  tx: Tx,
  rows: { posting_id: string; source_id: string; external_id: string; url: string; apply_url: string | null; content_hash: string; last_run_id: string | null }[],
): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO posting_sources (posting_id, source_id, external_id, url, apply_url, content_hash, last_run_id)
     SELECT posting_id, source_id, external_id, url, apply_url, content_hash, last_run_id
       FROM json_to_recordset($1::json) AS x(posting_id uuid, source_id uuid, external_id text, url text, apply_url text, content_hash text, last_run_id uuid)
     ON CONFLICT (source_id, external_id) DO NOTHING`,
    JSON.stringify(rows),
  );
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === 'P2002';
}

@Injectable()
export class PostingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Stores what one source says of one posting; see upsertManyFromSources. */
  async upsertFromSource(sourceId: string, runId: string | null, p: NormalizedPosting, employerId: string | null): Promise<UpsertResult> {
    return (await this.upsertManyFromSources([{ sourceId, runId, posting: p, employerId }]))[0];
  }

  /**
   * Stores what sources say of postings, in one transaction per batch (rows reach PostgreSQL
   * several times faster in batches). Each posting is found by provenance (source + external id)
   * first, then by fingerprint (the same job from another source: one posting, one more
   * provenance record), else created. Unchanged content costs one provenance touch. A concurrent
   * insert by another worker is absorbed by ON CONFLICT; the rare unique violation on a changed
   * row's fingerprint is resolved by retrying once, when the other row is there to be found.
   */
  async upsertManyFromSources(items: UpsertItem[]): Promise<UpsertResult[]> {
    if (items.length === 0) return [];
    try {
      return await this.upsertManyOnce(items);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return this.upsertManyOnce(items);
    }
  }

  private upsertManyOnce(items: UpsertItem[]): Promise<UpsertResult[]> {
    return this.prisma.$transaction(
      async (tx) => {
        const results: UpsertResult[] = new Array(items.length);
        const key = (i: UpsertItem) => `${i.sourceId}\u0000${i.posting.externalId}`;
        const bySource = new Map<string, string[]>();
        for (const i of items) bySource.set(i.sourceId, [...(bySource.get(i.sourceId) ?? []), i.posting.externalId]);
        const known = new Map(
          (
            await tx.postingSource.findMany({
              where: { OR: [...bySource].map(([sourceId, ids]) => ({ sourceId, externalId: { in: ids } })) },
              select: { id: true, sourceId: true, externalId: true, postingId: true, contentHash: true, posting: { select: { status: true } } },
            })
          ).map((row) => [`${row.sourceId}\u0000${row.externalId}`, row]),
        );

        const fresh: number[] = [];
        const touched = new Map<string | null, string[]>();
        const firstOfKey = new Map<string, number>();
        for (let n = 0; n < items.length; n++) {
          const item = items[n];
          const k = key(item);
          if (firstOfKey.has(k)) continue; // the same posting twice in one batch: answered below
          firstOfKey.set(k, n);
          const provenance = known.get(k);
          if (!provenance) {
            fresh.push(n);
            continue;
          }
          const seen = { lastSeenAt: new Date(), lastRunId: item.runId, goneAt: null };
          if (provenance.contentHash === item.posting.contentHash && provenance.posting.status !== 'closed') {
            touched.set(item.runId, [...(touched.get(item.runId) ?? []), provenance.id]);
            results[n] = { postingId: provenance.postingId, outcome: 'unchanged' };
            continue;
          }
          const data = postingData(item.posting, item.employerId);
          const holder = await tx.posting.findUnique({ where: { fingerprint: item.posting.fingerprint }, select: { id: true } });
          // A changed title can collide with another posting's fingerprint; keep ours rather than merge silently.
          if (holder && holder.id !== provenance.postingId) delete (data as Partial<PostingWrite>).fingerprint;
          await tx.posting.update({ where: { id: provenance.postingId }, data });
          await tx.postingSource.update({
            where: { id: provenance.id },
            data: { ...seen, url: item.posting.url, applyUrl: item.posting.applyUrl, contentHash: item.posting.contentHash },
          });
          results[n] = { postingId: provenance.postingId, outcome: 'updated' };
        }
        for (const [runId, ids] of touched) {
          await tx.postingSource.updateMany({ where: { id: { in: ids } }, data: { lastSeenAt: new Date(), lastRunId: runId, goneAt: null } });
        }

        if (fresh.length) {
          const fingerprints = [...new Set(fresh.map((n) => items[n].posting.fingerprint))];
          const twins = await tx.posting.findMany({ where: { fingerprint: { in: fingerprints } }, select: { id: true, fingerprint: true, status: true } });
          const idByFingerprint = new Map(twins.map((t) => [t.fingerprint, t.id]));
          const toCreate = new Map<string, number>();
          for (const n of fresh) if (!idByFingerprint.has(items[n].posting.fingerprint) && !toCreate.has(items[n].posting.fingerprint)) toCreate.set(items[n].posting.fingerprint, n);
          const created = new Set<string>();
          if (toCreate.size) {
            const rows = await insertPostings(tx, [...toCreate.values()].map((n) => postingData(items[n].posting, items[n].employerId)));
            for (const r of rows) {
              idByFingerprint.set(r.fingerprint, r.id);
              created.add(r.fingerprint);
            }
            const raced = [...toCreate.keys()].filter((f) => !idByFingerprint.has(f));
            if (raced.length) {
              for (const r of await tx.posting.findMany({ where: { fingerprint: { in: raced } }, select: { id: true, fingerprint: true } })) idByFingerprint.set(r.fingerprint, r.id);
            }
          }
          const reopen = twins.filter((t) => t.status !== 'open').map((t) => t.id);
          if (reopen.length) await tx.posting.updateMany({ where: { id: { in: reopen } }, data: { status: 'open', closedAt: null } });

          const now = new Date();
          await insertProvenance(
            tx,
            fresh.map((n) => ({
              posting_id: idByFingerprint.get(items[n].posting.fingerprint) as string,
              source_id: items[n].sourceId,
              external_id: items[n].posting.externalId,
              url: items[n].posting.url,
              apply_url: items[n].posting.applyUrl,
              content_hash: items[n].posting.contentHash,
              last_run_id: items[n].runId,
            })),
          );
          for (const n of fresh) {
            const fp = items[n].posting.fingerprint;
            const isCreator = created.has(fp) && toCreate.get(fp) === n;
            results[n] = { postingId: idByFingerprint.get(fp) as string, outcome: isCreator ? 'new' : 'merged' };
          }
        }
        for (let n = 0; n < items.length; n++) {
          if (!results[n]) results[n] = { ...results[firstOfKey.get(key(items[n])) as number], outcome: 'unchanged' };
        }
        return results;
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
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
