import { Injectable } from '@nestjs/common';
import type { ApiKey } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';
import { writeAuditEntry, type AuditEntryInput } from './audit-log.repository';
import type { AccountUser } from './user.repository';

export type ActiveApiKey = ApiKey & { user: AccountUser };

/** What a list of keys shows: never the hash. */
export type ApiKeySummary = Omit<ApiKey, 'keyHash'>;

const SUMMARY = { id: true, userId: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true } as const;

@Injectable()
export class ApiKeyRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(key: { userId: string; name: string; prefix: string; keyHash: string; expiresAt: Date | null }, audit: Omit<AuditEntryInput, 'entityId'>): Promise<ApiKeySummary> {
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.apiKey.create({ data: key, select: SUMMARY });
      await writeAuditEntry(tx, { ...audit, entityId: created.id });
      return created;
    });
  }

  /** The key is usable: not revoked, not expired, and its account not disabled. */
  findActiveByHash(keyHash: string, now: Date = new Date()): Promise<ActiveApiKey | null> {
    return this.prisma.apiKey.findFirst({
      where: { keyHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }], user: { disabledAt: null } },
      include: { user: { include: { employer: { select: { id: true, displayName: true } } } } },
    });
  }

  listForUser(userId: string): Promise<ApiKeySummary[]> {
    return this.prisma.apiKey.findMany({ where: { userId }, select: SUMMARY, orderBy: { createdAt: 'desc' } });
  }

  /** Revokes one of the user's keys; false when the user has no such active key. */
  revoke(id: string, userId: string, audit: AuditEntryInput): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const result = await tx.apiKey.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
      if (result.count === 0) return false;
      await writeAuditEntry(tx, audit);
      return true;
    });
  }

  /** Best effort, at most once a minute per key: a busy integration must not write on every call. */
  async markUsed(id: string, now: Date = new Date()): Promise<void> {
    await this.prisma.apiKey.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
      data: { lastUsedAt: now },
    });
  }
}
