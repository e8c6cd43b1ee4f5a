import { Injectable } from '@nestjs/common';
import type { AuthSession, AuthSessionKind } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';
import type { AccountUser } from './user.repository';

export type ActiveSession = AuthSession & { user: AccountUser };

const WITH_USER = { user: { include: { employer: { select: { id: true, displayName: true } } } } } as const;

/** Sessions behind access tokens, refresh tokens and web cookies. Tokens are stored as hashes only. */
@Injectable()
export class AuthSessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(session: { userId: string; kind: AuthSessionKind; tokenHash: string; expiresAt: Date }): Promise<AuthSession> {
    return this.prisma.authSession.create({ data: session });
  }

  /** The session is usable: not revoked, not expired, and its account not disabled. */
  findActiveById(id: string, now: Date = new Date()): Promise<ActiveSession | null> {
    return this.prisma.authSession.findFirst({
      where: { id, revokedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
      include: WITH_USER,
    });
  }

  findActiveByTokenHash(tokenHash: string, kind: AuthSessionKind, now: Date = new Date()): Promise<ActiveSession | null> {
    return this.prisma.authSession.findFirst({
      where: { tokenHash, kind, revokedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
      include: WITH_USER,
    });
  }

  /** The session whose refresh token was this one before it rotated. */
  findByPreviousTokenHash(previousTokenHash: string): Promise<AuthSession | null> {
    return this.prisma.authSession.findUnique({ where: { previousTokenHash } });
  }

  /**
   * Swaps the refresh token, only if it is still the current one: of two concurrent refreshes
   * with the same token, exactly one wins. Returns whether this one did.
   */
  async rotate(id: string, fromHash: string, toHash: string, now: Date = new Date()): Promise<boolean> {
    const result = await this.prisma.authSession.updateMany({
      where: { id, tokenHash: fromHash, revokedAt: null, expiresAt: { gt: now } },
      data: { tokenHash: toHash, previousTokenHash: fromHash, lastUsedAt: now },
    });
    return result.count === 1;
  }

  async revoke(id: string, now: Date = new Date()): Promise<boolean> {
    const result = await this.prisma.authSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    return result.count === 1;
  }

  /** Removes sessions that ended long ago; they prove nothing any more. */
  async deleteEndedBefore(cutoff: Date): Promise<number> {
    const result = await this.prisma.authSession.deleteMany({
      where: { OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] },
    });
    return result.count;
  }
}
