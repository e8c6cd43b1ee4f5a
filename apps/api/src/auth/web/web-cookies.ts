import { ForbiddenException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '@app/config';
import { safeEqual } from '../opaque-token';

export const SESSION_COOKIE = 'frontline_session';
export const CSRF_COOKIE = 'frontline_csrf';
const CSRF_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Cookies are HttpOnly, same-site, and Secure whenever the site is served over https. */
export function cookieOptions(config: AppConfig, sameSite: 'lax' | 'strict'): CookieOptions {
  return { httpOnly: true, sameSite, secure: config.PUBLIC_BASE_URL.startsWith('https:'), path: '/' };
}

export function readCookie(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The form token of this browser (double-submit): a random value in a strict same-site cookie,
 * repeated in every form. Another site can neither read the cookie nor make the browser send it.
 */
export function csrfToken(req: Request, res: Response, config: AppConfig): string {
  const current = readCookie(req, CSRF_COOKIE);
  if (current && CSRF_SHAPE.test(current)) return current;
  const token = randomBytes(32).toString('base64url');
  res.cookie(CSRF_COOKIE, token, cookieOptions(config, 'strict'));
  // Forms rendered later in this same request must see it too.
  req.cookies = { ...(req.cookies as Record<string, string> | undefined), [CSRF_COOKIE]: token };
  return token;
}

/** Refuses a form post whose token does not match this browser's. */
export function checkCsrf(req: Request): void {
  const cookie = readCookie(req, CSRF_COOKIE);
  const sent = (req.body as Record<string, unknown> | undefined)?._csrf;
  if (!cookie || typeof sent !== 'string' || !safeEqual(cookie, sent)) {
    throw new ForbiddenException({ statusCode: 403, message: 'This form has expired. Go back, reload the page and try again.' });
  }
}

/** Only paths of this site are followed after sign-in (no open redirect). */
export function safeNextPath(next: unknown, fallback = '/recruiter/postings'): string {
  if (typeof next !== 'string' || next.length > 500) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f]/.test(next)) return fallback;
  return next;
}
