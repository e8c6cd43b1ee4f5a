import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/config';

export const ACCESS_TOKEN_ISSUER = 'frontline';
export const ACCESS_TOKEN_AUDIENCE = 'frontline-api';

export interface AccessClaims {
  /** User id. */
  sub: string;
  /** Session id: the token is honoured only while that session is active. */
  sid: string;
}

/** Short-lived signed access tokens (HS256 JWT). */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.AUTH_ACCESS_TOKEN_TTL_SECONDS;
  }

  issue(userId: string, sessionId: string): string {
    return this.jwt.sign({ sid: sessionId }, { subject: userId, expiresIn: this.ttlSeconds });
  }

  /** The claims of a valid, unexpired token of ours; null for anything else, never a throw. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<Partial<AccessClaims>>(token);
      return typeof claims.sub === 'string' && typeof claims.sid === 'string' ? { sub: claims.sub, sid: claims.sid } : null;
    } catch {
      return null;
    }
  }
}
