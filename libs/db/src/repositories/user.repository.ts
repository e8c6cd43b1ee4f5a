import { Injectable } from '@nestjs/common';
import type { Prisma, User, UserRole } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';
import { writeAuditEntry, type AuditEntryInput } from './audit-log.repository';

/** An account with the employer it belongs to (recruiters have one, admins none). */
export type AccountUser = User & { employer: { id: string; displayName: string } | null };

export interface NewUser {
  /** Stored as given: callers normalise (trim, lower-case) before. */
  email: string;
  passwordHash: string;
  role: UserRole;
  employerId: string | null;
}

const WITH_EMPLOYER = { employer: { select: { id: true, displayName: true } } } satisfies Prisma.UserInclude;

/** Accounts of recruiters and admins. Every change is written with its audit entry, in one transaction. */
@Injectable()
export class UserRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByEmail(email: string): Promise<AccountUser | null> {
    return this.prisma.user.findUnique({ where: { email }, include: WITH_EMPLOYER });
  }

  findById(id: string): Promise<AccountUser | null> {
    return this.prisma.user.findUnique({ where: { id }, include: WITH_EMPLOYER });
  }

  list(filter: { role?: UserRole; employerId?: string } = {}): Promise<AccountUser[]> {
    return this.prisma.user.findMany({ where: filter, include: WITH_EMPLOYER, orderBy: { createdAt: 'asc' } });
  }

  /** Throws Prisma's P2002 when the e-mail is taken. */
  create(user: NewUser, audit: Omit<AuditEntryInput, 'entityId'>): Promise<AccountUser> {
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.user.create({ data: user, include: WITH_EMPLOYER });
      await writeAuditEntry(tx, { ...audit, entityId: created.id });
      return created;
    });
  }

  /**
   * Disables (every session of the account is revoked with it, so it is signed out at once) or
   * re-enables an account. Returns null when there is no such account.
   */
  setDisabled(id: string, disabled: boolean, audit: AuditEntryInput): Promise<AccountUser | null> {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.user.findUnique({ where: { id }, select: { disabledAt: true } });
      if (!current) return null;
      const now = new Date();
      const updated = await tx.user.update({
        where: { id },
        data: { disabledAt: disabled ? (current.disabledAt ?? now) : null },
        include: WITH_EMPLOYER,
      });
      if (disabled) await tx.authSession.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: now } });
      await writeAuditEntry(tx, audit);
      return updated;
    });
  }

  /** A stronger hash of the same password, after the hashing parameters were raised. */
  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { passwordHash } });
  }

  countAdmins(): Promise<number> {
    return this.prisma.user.count({ where: { role: 'admin', disabledAt: null } });
  }
}
