import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Random bearer secrets (refresh tokens, web sessions, API keys, invitations), each kind with a
 * prefix that says what it is (and lets secret scanners find leaked ones). 32 random bytes make
 * guessing hopeless, so a plain SHA-256 is enough to store them: a slow hash protects only
 * guessable secrets such as passwords.
 */
export const TOKEN_PREFIX = {
  refresh: 'frt_',
  session: 'fls_',
  apiKey: 'flk_',
  invitation: 'fli_',
} as const;

export type TokenKind = keyof typeof TOKEN_PREFIX;

const BODY = /^[A-Za-z0-9_-]{43}$/;

export function newOpaqueToken(kind: TokenKind): string {
  return TOKEN_PREFIX[kind] + randomBytes(32).toString('base64url');
}

/** Whether a string has the shape of a token of this kind (checked before any database work). */
export function isOpaqueToken(kind: TokenKind, value: unknown): value is string {
  const prefix = TOKEN_PREFIX[kind];
  return typeof value === 'string' && value.startsWith(prefix) && BODY.test(value.slice(prefix.length));
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Equal strings compared in constant time (for values an attacker may probe byte by byte). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
