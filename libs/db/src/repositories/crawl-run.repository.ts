import { Injectable } from '@nestjs/common';
import type { CrawlRun } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';

export type RunCounter =
  | 'pagesFetched'
  | 'pagesSkipped'
  | 'pagesNotModified'
  | 'pagesFailed'
  | 'postingsSeen'
  | 'postingsNew'
  | 'postingsUpdated'
  | 'postingsUnchanged'
  | 'postingsClosed';

/** A run keeps at most this many error messages: the first ones say what went wrong. */
const MAX_RUN_ERRORS = 20;

@Injectable()
export class CrawlRunRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Idempotent: a retried CrawlSource job finds the run its first attempt made. */
  async createOnce(id: string, sourceId: string, jobId: string): Promise<{ run: CrawlRun; created: boolean }> {
    const existing = await this.prisma.crawlRun.findUnique({ where: { id } });
    if (existing) return { run: existing, created: false };
    try {
      return { run: await this.prisma.crawlRun.create({ data: { id, sourceId, jobId } }), created: true };
    } catch (err) {
      if ((err as { code?: string }).code !== 'P2002') throw err;
      return { run: await this.prisma.crawlRun.findUniqueOrThrow({ where: { id } }), created: false };
    }
  }

  /** The run of this source that is still going, other than `exceptId`. */
  findRunning(sourceId: string, exceptId?: string): Promise<CrawlRun | null> {
    return this.prisma.crawlRun.findFirst({ where: { sourceId, status: 'running', id: exceptId ? { not: exceptId } : undefined } });
  }

  findById(id: string): Promise<CrawlRun | null> {
    return this.prisma.crawlRun.findUnique({ where: { id } });
  }

  /** Atomic increments, so pages processed by many workers at once add up. */
  async increment(runId: string, counters: Partial<Record<RunCounter, number>>): Promise<void> {
    const data = Object.fromEntries(
      Object.entries(counters)
        .filter(([, n]) => n)
        .map(([k, n]) => [k, { increment: n }]),
    );
    if (Object.keys(data).length === 0) return;
    await this.prisma.crawlRun.update({ where: { id: runId }, data });
  }

  /** Many increments, summed per run: one UPDATE per run instead of one per page or posting. */
  async incrementMany(entries: { runId: string; counters: Partial<Record<RunCounter, number>> }[]): Promise<void> {
    const sums = new Map<string, Partial<Record<RunCounter, number>>>();
    for (const { runId, counters } of entries) {
      const sum = sums.get(runId) ?? {};
      for (const [k, n] of Object.entries(counters) as [RunCounter, number][]) sum[k] = (sum[k] ?? 0) + (n ?? 0);
      sums.set(runId, sum);
    }
    // Sorted, so two processes updating the same runs lock them in the same order.
    for (const runId of [...sums.keys()].sort()) await this.increment(runId, sums.get(runId) as Partial<Record<RunCounter, number>>);
  }

  async recordError(runId: string, message: string): Promise<void> {
    const entry = JSON.stringify([{ at: new Date().toISOString(), message: message.slice(0, 500) }]);
    // jsonb append done in SQL so concurrent workers do not overwrite each other's errors.
    await this.prisma.$executeRaw`
      UPDATE crawl_runs SET errors = errors || ${entry}::jsonb
      WHERE id = ${runId}::uuid AND jsonb_array_length(errors) < ${MAX_RUN_ERRORS}`;
  }

  async finish(runId: string, status: 'succeeded' | 'partial' | 'failed', complete: boolean): Promise<CrawlRun> {
    return this.prisma.crawlRun.update({ where: { id: runId }, data: { status, complete, finishedAt: new Date() } });
  }

  latestForSource(sourceId: string, take = 10): Promise<CrawlRun[]> {
    return this.prisma.crawlRun.findMany({ where: { sourceId }, orderBy: { startedAt: 'desc' }, take });
  }
}
