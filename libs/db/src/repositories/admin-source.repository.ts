import { Injectable } from '@nestjs/common';
import { Prisma, type CrawlRun, type Source, type SourceKind } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';
import { writeAuditEntry, type AuditEntryInput } from './audit-log.repository';

// Admin queries over sources and crawl runs: status per source, runs by page, writes with audit.

export interface LastRunSummary {
  id: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
}

export interface SourceWithStatus extends Source {
  lastRun: LastRunSummary | null;
  postingsOpen: number;
}

export interface SourceWrite {
  kind?: Exclude<SourceKind, 'recruiter'>;
  url?: string | null;
  board?: string | null;
  baseUrl?: string | null;
  employerHint?: string | null;
  intervalSeconds?: number;
  enabled?: boolean;
  selectors?: Prisma.InputJsonValue | null;
}

export interface ListRunsQuery {
  sourceId?: string;
  status?: CrawlRun['status'];
  /** Runs strictly older than this one (the previous page's last). */
  before?: { startedAt: Date; id: string };
  limit: number;
}

export type RunWithSource = CrawlRun & { source: { name: string } };

@Injectable()
export class AdminSourceRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Crawled sources (recruiters' own sources are not crawled and not listed), by name. */
  async listWithStatus(): Promise<SourceWithStatus[]> {
    const sources = await this.prisma.source.findMany({ where: { kind: { not: 'recruiter' } }, orderBy: { name: 'asc' } });
    return this.withStatus(sources);
  }

  async findWithStatus(id: string): Promise<SourceWithStatus | null> {
    const source = await this.prisma.source.findFirst({ where: { id, kind: { not: 'recruiter' } } });
    return source ? (await this.withStatus([source]))[0] : null;
  }

  findByName(name: string): Promise<Source | null> {
    return this.prisma.source.findUnique({ where: { name } });
  }

  /** Creates an admin-owned source and records who did, in one transaction. */
  create(name: string, data: Required<Pick<SourceWrite, 'kind' | 'intervalSeconds' | 'enabled'>> & SourceWrite, audit: Omit<AuditEntryInput, 'entityId'>): Promise<Source> {
    return this.prisma.$transaction(async (tx) => {
      const source = await tx.source.create({ data: { name, origin: 'api', ...data, selectors: data.selectors ?? undefined } });
      await writeAuditEntry(tx, { ...audit, entityId: source.id });
      return source;
    });
  }

  update(id: string, data: SourceWrite, audit: AuditEntryInput): Promise<Source> {
    return this.prisma.$transaction(async (tx) => {
      const { selectors, ...rest } = data;
      const source = await tx.source.update({
        where: { id },
        data: { ...rest, ...(selectors === undefined ? {} : { selectors: selectors === null ? Prisma.DbNull : selectors }) },
      });
      await writeAuditEntry(tx, audit);
      return source;
    });
  }

  /** Deletes a source that never carried a posting; false (nothing deleted) when it did. */
  delete(id: string, audit: AuditEntryInput): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      // Locks the source row so no crawl can attach a posting between the check and the delete.
      await tx.$queryRaw`SELECT id FROM sources WHERE id = ${id}::uuid FOR UPDATE`;
      if ((await tx.postingSource.count({ where: { sourceId: id } })) > 0) return false;
      await tx.source.delete({ where: { id } });
      await writeAuditEntry(tx, audit);
      return true;
    });
  }

  countPostingSources(id: string): Promise<number> {
    return this.prisma.postingSource.count({ where: { sourceId: id } });
  }

  listRuns(query: ListRunsQuery): Promise<RunWithSource[]> {
    const where: Prisma.CrawlRunWhereInput = { sourceId: query.sourceId, status: query.status };
    if (query.before) {
      where.OR = [{ startedAt: { lt: query.before.startedAt } }, { startedAt: query.before.startedAt, id: { lt: query.before.id } }];
    }
    return this.prisma.crawlRun.findMany({
      where,
      include: { source: { select: { name: true } } },
      orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
      take: query.limit,
    });
  }

  findRun(id: string): Promise<RunWithSource | null> {
    return this.prisma.crawlRun.findUnique({ where: { id }, include: { source: { select: { name: true } } } });
  }

  private async withStatus(sources: Source[]): Promise<SourceWithStatus[]> {
    if (sources.length === 0) return [];
    const ids = sources.map((s) => s.id);
    const [runs, open] = await Promise.all([
      this.prisma.$queryRaw<(LastRunSummary & { sourceId: string })[]>`
        SELECT DISTINCT ON (source_id) source_id AS "sourceId", id, status::text AS status, started_at AS "startedAt", finished_at AS "finishedAt"
          FROM crawl_runs WHERE source_id = ANY(${ids}::uuid[])
         ORDER BY source_id, started_at DESC`,
      this.prisma.$queryRaw<{ sourceId: string; open: number }[]>`
        SELECT ps.source_id AS "sourceId", count(DISTINCT ps.posting_id)::int AS open
          FROM posting_sources ps JOIN postings p ON p.id = ps.posting_id
         WHERE ps.source_id = ANY(${ids}::uuid[]) AND ps.gone_at IS NULL AND p.status = 'open'
         GROUP BY ps.source_id`,
    ]);
    const lastRun = new Map(runs.map(({ sourceId, ...run }) => [sourceId, run]));
    const openBy = new Map(open.map((o) => [o.sourceId, o.open]));
    return sources.map((s) => ({ ...s, lastRun: lastRun.get(s.id) ?? null, postingsOpen: openBy.get(s.id) ?? 0 }));
  }
}
