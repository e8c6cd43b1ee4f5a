import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AuditLogRepository, AuthSessionRepository, UserRepository, type AccountUser } from '@app/db';
import { AccessTokenService } from './access-token.service';
import { InvalidCredentialsException } from './authenticator.service';
import { hashToken, isOpaqueToken, newOpaqueToken } from './opaque-token';
import { PasswordHasher } from './password-hasher.service';
import { auditActor, principalOf, type Principal } from './principal';

export interface AccountView {
  id: string;
  email: string;
  role: 'recruiter' | 'admin';
  employer: { id: string; name: string } | null;
}

export interface IssuedTokens {
  tokenType: 'Bearer';
  accessToken: string;
  /** Seconds the access token is valid for. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
  user: AccountView;
}

export function accountView(user: AccountUser): AccountView {
  return { id: user.id, email: user.email, role: user.role, employer: user.employer ? { id: user.employer.id, name: user.employer.displayName } : null };
}

const WRONG_CREDENTIALS = 'wrong e-mail or password';

/** Sign-in, token refresh and sign-out, for API clients and the web pages. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly sessions: AuthSessionRepository,
    private readonly audit: AuditLogRepository,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
  ) {}

  /** The account of these credentials; one message for every failure, so none reveals an account. */
  async verifyCredentials(email: string, password: string): Promise<AccountUser> {
    const user = await this.users.findByEmail(email);
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) throw new InvalidCredentialsException(WRONG_CREDENTIALS);
    if (user.disabledAt) throw new InvalidCredentialsException('this account is disabled');
    if (this.passwords.needsRehash(user.passwordHash)) {
      await this.users.updatePasswordHash(user.id, await this.passwords.hash(password));
    }
    return user;
  }

  async signInApi(email: string, password: string, ip: string | undefined): Promise<IssuedTokens> {
    const user = await this.verifyCredentials(email, password);
    const refreshToken = newOpaqueToken('refresh');
    const expiresAt = new Date(Date.now() + this.config.AUTH_REFRESH_TOKEN_TTL_SECONDS * 1000);
    const session = await this.sessions.create({ userId: user.id, kind: 'api', tokenHash: hashToken(refreshToken), expiresAt });
    await this.recordSession(principalOf(user, 'access_token', { sessionId: session.id }), 'session.sign_in', session.id, ip);
    return this.tokens(user, session.id, refreshToken, expiresAt);
  }

  /** A web session: the returned value goes into an HttpOnly cookie. */
  async signInWeb(user: AccountUser, ip: string | undefined): Promise<{ cookieValue: string; expiresAt: Date }> {
    const cookieValue = newOpaqueToken('session');
    const expiresAt = new Date(Date.now() + this.config.AUTH_WEB_SESSION_TTL_SECONDS * 1000);
    const session = await this.sessions.create({ userId: user.id, kind: 'web', tokenHash: hashToken(cookieValue), expiresAt });
    await this.recordSession(principalOf(user, 'session_cookie', { sessionId: session.id }), 'session.sign_in', session.id, ip);
    return { cookieValue, expiresAt };
  }

  /**
   * Single-use refresh: the token is swapped for a new one. A token that was already swapped is
   * being replayed, by a thief or by the client after a thief used it; either way the session
   * is revoked, so both must sign in again.
   */
  async refresh(refreshToken: string, ip: string | undefined): Promise<IssuedTokens> {
    if (!isOpaqueToken('refresh', refreshToken)) throw new InvalidCredentialsException('invalid refresh token');
    const hash = hashToken(refreshToken);
    const session = await this.sessions.findActiveByTokenHash(hash, 'api');
    if (!session) {
      const replayed = await this.sessions.findByPreviousTokenHash(hash);
      if (replayed && !replayed.revokedAt && (await this.sessions.revoke(replayed.id))) {
        this.logger.warn({ msg: 'refresh token replayed: session revoked', sessionId: replayed.id, userId: replayed.userId });
        await this.audit.record({
          actor: { id: replayed.userId, email: null, role: null, via: 'refresh_token', ip: ip ?? null },
          action: 'session.revoke',
          entityType: 'session',
          entityId: replayed.id,
          changes: { reason: 'refresh token used twice' },
        });
      }
      throw new InvalidCredentialsException('invalid, expired or revoked refresh token');
    }
    const next = newOpaqueToken('refresh');
    if (!(await this.sessions.rotate(session.id, hash, hashToken(next)))) {
      throw new InvalidCredentialsException('invalid, expired or revoked refresh token');
    }
    return this.tokens(session.user, session.id, next, session.expiresAt);
  }

  async signOut(principal: Principal, ip: string | undefined): Promise<void> {
    if (!principal.sessionId) return;
    if (await this.sessions.revoke(principal.sessionId)) await this.recordSession(principal, 'session.sign_out', principal.sessionId, ip);
  }

  private tokens(user: AccountUser, sessionId: string, refreshToken: string, refreshExpiresAt: Date): IssuedTokens {
    return {
      tokenType: 'Bearer',
      accessToken: this.accessTokens.issue(user.id, sessionId),
      expiresIn: this.accessTokens.ttlSeconds,
      refreshToken,
      refreshExpiresAt: refreshExpiresAt.toISOString(),
      user: accountView(user),
    };
  }

  private recordSession(principal: Principal, action: string, sessionId: string, ip: string | undefined): Promise<void> {
    return this.audit.record({ actor: auditActor(principal, ip), action, entityType: 'session', entityId: sessionId });
  }
}
