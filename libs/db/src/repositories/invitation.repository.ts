import { Injectable } from '@nestjs/common';
import type { Invitation, UserRole } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';
import { writeAuditEntry, type AuditEntryInput } from './audit-log.repository';
import type { AccountUser } from './user.repository';

export type InvitationWithEmployer = Invitation & { employer: { id: string; displayName: string } | null };

/** Why an invitation cannot be accepted. */
export type AcceptInvitationOutcome =
  | { ok: true; user: AccountUser }
  | { ok: false; reason: 'unusable' | 'email_taken' };

@Injectable()
export class InvitationRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(
    invitation: { email: string; role: UserRole; employerId: string | null; tokenHash: string; invitedById: string | null; expiresAt: Date },
    audit: Omit<AuditEntryInput, 'entityId'>,
  ): Promise<InvitationWithEmployer> {
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.invitation.create({ data: invitation, include: { employer: { select: { id: true, displayName: true } } } });
      await writeAuditEntry(tx, { ...audit, entityId: created.id });
      return created;
    });
  }

  /** Not accepted, not revoked, not expired. */
  findUsableByTokenHash(tokenHash: string, now: Date = new Date()): Promise<InvitationWithEmployer | null> {
    return this.prisma.invitation.findFirst({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      include: { employer: { select: { id: true, displayName: true } } },
    });
  }

  list(): Promise<InvitationWithEmployer[]> {
    return this.prisma.invitation.findMany({ include: { employer: { select: { id: true, displayName: true } } }, orderBy: { createdAt: 'desc' }, take: 500 });
  }

  revoke(id: string, audit: AuditEntryInput): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const result = await tx.invitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
      if (result.count === 0) return false;
      await writeAuditEntry(tx, audit);
      return true;
    });
  }

  /**
   * Uses the invitation once: claims it and creates its account in one transaction, so that two
   * clicks on the same link cannot make two accounts.
   */
  accept(tokenHash: string, passwordHash: string, audit: (user: AccountUser) => AuditEntryInput, now: Date = new Date()): Promise<AcceptInvitationOutcome> {
    return this.prisma.$transaction(async (tx) => {
      const invitation = await tx.invitation.findFirst({ where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } });
      if (!invitation) return { ok: false, reason: 'unusable' } as const;
      const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
      if (claimed.count === 0) return { ok: false, reason: 'unusable' } as const;
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
        throw new EmailTakenError();
      }
      const user = await tx.user.create({
        data: { email: invitation.email, passwordHash, role: invitation.role, employerId: invitation.employerId },
        include: { employer: { select: { id: true, displayName: true } } },
      });
      await writeAuditEntry(tx, audit(user));
      return { ok: true, user } as const;
    }).catch((err: unknown) => {
      // Rolled back: the invitation stays usable (an admin may free the e-mail and it will work).
      if (err instanceof EmailTakenError || (err as { code?: string }).code === 'P2002') return { ok: false, reason: 'email_taken' } as const;
      throw err;
    });
  }
}

class EmailTakenError extends Error {}
