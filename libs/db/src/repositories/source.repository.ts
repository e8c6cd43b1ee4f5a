import { Injectable } from '@nestjs/common';
import type { Prisma, Source, SourceKind } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';

export interface SourceFileEntry {
  name: string;
  kind: Exclude<SourceKind, 'recruiter'>;
  url?: string;
  board?: string;
  baseUrl?: string;
  employer?: string;
  intervalSeconds: number;
  enabled: boolean;
  selectors?: Prisma.InputJsonValue;
}

export interface SyncResult {
  added: string[];
  updated: string[];
  disabled: string[];
  /** Names the file declares that the admin API owns: left alone. */
  skipped: string[];
}

/** Advisory lock key of the sources-file sync (any constant unique to this purpose). */
const SOURCES_FILE_SYNC_LOCK = 4_611_686_018_427_387_001n;

/** A run still "running" after this long is taken as lost (e.g. Redis was wiped) and no longer blocks the source. */
const RUN_LOST_AFTER = '6 hours';

@Injectable()
export class SourceRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<Source | null> {
    return this.prisma.source.findUnique({ where: { id } });
  }

  findByName(name: string): Promise<Source | null> {
    return this.prisma.source.findUnique({ where: { name } });
  }

  findAll(): Promise<Source[]> {
    return this.prisma.source.findMany({ orderBy: { name: 'asc' } });
  }

  /**
   * Makes the database agree with the sources file: adds and updates its entries, disables the
   * file's sources that it no longer lists. Never deletes (a source's postings and runs stay).
   */
  async syncFromFile(entries: SourceFileEntry[]): Promise<SyncResult> {
    const result: SyncResult = { added: [], updated: [], disabled: [], skipped: [] };
    await this.prisma.$transaction(async (tx) => {
      // Every worker syncs the file at start-up: one at a time, so two never create the same source.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SOURCES_FILE_SYNC_LOCK})`;
      const existing = new Map((await tx.source.findMany()).map((s) => [s.name, s]));
      for (const entry of entries) {
        const current = existing.get(entry.name);
        const data = {
          kind: entry.kind,
          url: entry.url ?? null,
          board: entry.board ?? null,
          baseUrl: entry.baseUrl ?? null,
          employerHint: entry.employer ?? null,
          intervalSeconds: entry.intervalSeconds,
          enabled: entry.enabled,
          selectors: entry.selectors ?? undefined,
        };
        if (!current) {
          await tx.source.create({ data: { name: entry.name, origin: 'file', ...data } });
          result.added.push(entry.name);
        } else if (current.origin !== 'file') {
          result.skipped.push(entry.name);
        } else if (differs(current, data)) {
          await tx.source.update({ where: { id: current.id }, data });
          result.updated.push(entry.name);
        }
      }
      const listed = new Set(entries.map((e) => e.name));
      for (const source of existing.values()) {
        if (source.origin === 'file' && source.enabled && !listed.has(source.name)) {
          await tx.source.update({ where: { id: source.id }, data: { enabled: false } });
          result.disabled.push(source.name);
        }
      }
    });
    return result;
  }

  /**
   * Claims every due source by moving its next_run_at one interval ahead, in one statement.
   * Row locks make concurrent callers (many scheduler processes) each claim a source at most once
   * per interval; a source whose previous run is still going is not due.
   */
  async claimDue(now: Date = new Date()): Promise<{ id: string; name: string; slot: number }[]> {
    const rows = await this.prisma.$queryRaw<{ id: string; name: string; next_run_at: Date }[]>`
      UPDATE sources s
         SET next_run_at = ${now}::timestamptz + make_interval(secs => s.interval_seconds), updated_at = now()
       WHERE s.enabled
         AND (s.next_run_at IS NULL OR s.next_run_at <= ${now}::timestamptz)
         AND NOT EXISTS (
           SELECT 1 FROM crawl_runs r
            WHERE r.source_id = s.id AND r.status = 'running'
              AND r.started_at > ${now}::timestamptz - ${RUN_LOST_AFTER}::interval)
      RETURNING s.id, s.name, s.next_run_at`;
    return rows.map((r) => ({ id: r.id, name: r.name, slot: r.next_run_at.getTime() }));
  }

  /** Makes a source due now (operator's "crawl now"). */
  async makeDue(id: string): Promise<void> {
    await this.prisma.source.update({ where: { id }, data: { nextRunAt: new Date(0) } });
  }

  async recordRunOutcome(id: string, succeeded: boolean): Promise<void> {
    await this.prisma.source.update({
      where: { id },
      data: { lastRunAt: new Date(), errorStreak: succeeded ? 0 : { increment: 1 } },
    });
  }
}

function differs(current: Source, next: Record<string, unknown>): boolean {
  return Object.entries(next).some(([k, v]) => JSON.stringify((current as Record<string, unknown>)[k] ?? null) !== JSON.stringify(v ?? null));
}
