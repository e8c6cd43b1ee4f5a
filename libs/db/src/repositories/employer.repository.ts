import { Injectable } from '@nestjs/common';
import type { EmployerEntry } from '@app/taxonomy';
import { PrismaService } from '../prisma.service';

/** Employers by normalised key; the taxonomy's alias table lives here so admins can extend it. */
@Injectable()
export class EmployerRepository {
  // Keys never change meaning, so a process may remember the id it got for one.
  private readonly idsByKey = new Map<string, string>();

  constructor(private readonly prisma: PrismaService) {}

  /** The employer with this key, created on first sight. Safe under concurrency (upsert on key). */
  async ensure(key: string, displayName: string, canonical: string | null): Promise<string> {
    const cached = this.idsByKey.get(key);
    if (cached) return cached;
    const row = canonical
      ? await this.ensureCanonical(key, displayName, canonical)
      : await this.prisma.employer.upsert({ where: { key }, create: { key, displayName }, update: {}, select: { id: true } });
    this.idsByKey.set(key, row.id);
    return row.id;
  }

  private async ensureCanonical(key: string, displayName: string, canonical: string): Promise<{ id: string }> {
    const existing = await this.prisma.employer.findUnique({ where: { canonical }, select: { id: true } });
    if (existing) return existing;
    return this.prisma.employer.upsert({
      where: { key },
      create: { key, displayName: canonical, canonical },
      update: { canonical },
      select: { id: true },
    });
  }

  /** Every headline employer with its aliases and look-alikes, as the taxonomy's matcher wants them. */
  async loadDirectoryEntries(): Promise<EmployerEntry[]> {
    const rows = await this.prisma.employer.findMany({
      where: { canonical: { not: null } },
      select: { canonical: true, aliases: { select: { alias: true, lookalike: true } } },
      orderBy: { canonical: 'asc' },
    });
    return rows.map((row) => ({
      canonical: row.canonical as string,
      aliases: row.aliases.filter((a) => !a.lookalike).map((a) => a.alias),
      lookalikes: row.aliases.filter((a) => a.lookalike).map((a) => a.alias),
    }));
  }
}
