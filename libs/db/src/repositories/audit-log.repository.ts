import { Injectable } from '@nestjs/common';
import type { AuditLogEntry, Prisma, UserRole } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';

/** Who did something, as the audit log records it. */
export interface AuditActor {
  id: string | null;
  email: string | null;
  role: UserRole | null;
  /** How the actor was authenticated: access_token, api_key, session_cookie, cli, config. */
  via: string;
  apiKeyId?: string | null;
  ip?: string | null;
}

/** One change: who (actor), what (action on an entity, with the changed fields), when (now). */
export interface AuditEntryInput {
  actor: AuditActor;
  /** `<entity>.<verb>`, e.g. `posting.create`, `api_key.revoke`, `user.disable`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  employerId?: string | null;
  /** What changed: for an edit, `{ field: { from, to } }`; for a create, the fields set. */
  changes?: Record<string, unknown>;
}

export interface ListAuditLogQuery {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  employerId?: string;
  action?: string;
  /** Entries strictly older than this entry (the previous page's last id). */
  before?: { at: Date; id: string };
  limit: number;
}

/**
 * Writes an entry with the client of the transaction that makes the change, so that a change
 * and its record commit or roll back together.
 */
export async function writeAuditEntry(tx: Prisma.TransactionClient, entry: AuditEntryInput): Promise<void> {
  await tx.auditLogEntry.create({
    data: {
      actorId: entry.actor.id,
      actorEmail: entry.actor.email,
      actorRole: entry.actor.role,
      via: entry.actor.via,
      apiKeyId: entry.actor.apiKeyId ?? null,
      ip: entry.actor.ip ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      employerId: entry.employerId ?? null,
      changes: (entry.changes ?? {}) as Prisma.InputJsonValue,
    },
  });
}

/** The audit log: append-only, newest first. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** For changes made outside a repository transaction of their own (e.g. a queue action). */
  record(entry: AuditEntryInput): Promise<void> {
    return writeAuditEntry(this.prisma, entry);
  }

  list(query: ListAuditLogQuery): Promise<AuditLogEntry[]> {
    const where: Prisma.AuditLogEntryWhereInput = {
      actorId: query.actorId,
      entityType: query.entityType,
      entityId: query.entityId,
      employerId: query.employerId,
      action: query.action,
    };
    if (query.before) {
      where.OR = [{ at: { lt: query.before.at } }, { at: query.before.at, id: { lt: query.before.id } }];
    }
    return this.prisma.auditLogEntry.findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], take: query.limit });
  }
}
