import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { ApiKeyRepository, AuthSessionRepository } from '@app/db';
import { AccessTokenService } from './access-token.service';
import { hashToken, isOpaqueToken, TOKEN_PREFIX } from './opaque-token';
import { principalOf, type Principal } from './principal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A 401 whose message says what was wrong with the credentials, never whose they were. */
export class InvalidCredentialsException extends UnauthorizedException {
  constructor(message: string) {
    super({ statusCode: 401, error: 'Unauthorized', message });
  }
}

/** The credentials of an API request: `Authorization: Bearer <access token | API key>` or `X-Api-Key`. */
export function credentialsOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new InvalidCredentialsException('the Authorization header must be "Bearer <token>"');
    return m[1];
  }
  const key = req.headers['x-api-key'];
  return typeof key === 'string' ? key.trim() : null;
}

/** Turns credentials into a Principal, checking each against the database so revocation is immediate. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly sessions: AuthSessionRepository,
    private readonly apiKeys: ApiKeyRepository,
  ) {}

  async authenticateRequest(req: Request, acceptApiKeys: boolean): Promise<Principal> {
    const credential = credentialsOf(req);
    if (!credential) throw new InvalidCredentialsException('authentication required: send an access token or an API key');
    if (credential.startsWith(TOKEN_PREFIX.apiKey)) {
      if (!acceptApiKeys) throw new InvalidCredentialsException('API keys are not accepted here: sign in');
      return this.fromApiKey(credential);
    }
    return this.fromAccessToken(credential);
  }

  async fromAccessToken(token: string): Promise<Principal> {
    const claims = await this.accessTokens.verify(token);
    if (!claims || !UUID.test(claims.sid)) throw new InvalidCredentialsException('invalid or expired access token');
    const session = await this.sessions.findActiveById(claims.sid);
    if (!session || session.userId !== claims.sub || session.kind !== 'api') {
      throw new InvalidCredentialsException('the session of this access token has ended');
    }
    return principalOf(session.user, 'access_token', { sessionId: session.id });
  }

  async fromApiKey(key: string): Promise<Principal> {
    if (!isOpaqueToken('apiKey', key)) throw new InvalidCredentialsException('invalid API key');
    const found = await this.apiKeys.findActiveByHash(hashToken(key));
    if (!found) throw new InvalidCredentialsException('invalid, expired or revoked API key');
    void this.apiKeys.markUsed(found.id).catch(() => undefined);
    return principalOf(found.user, 'api_key', { apiKeyId: found.id });
  }

  /** The principal of a web session cookie, or null when it is absent, malformed or no longer active. */
  async fromSessionCookie(value: unknown): Promise<Principal | null> {
    if (!isOpaqueToken('session', value)) return null;
    const session = await this.sessions.findActiveByTokenHash(hashToken(value), 'web');
    return session ? principalOf(session.user, 'session_cookie', { sessionId: session.id }) : null;
  }
}
