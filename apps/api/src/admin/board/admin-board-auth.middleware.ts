import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { AuditService } from '../../audit/audit.service';
import { Authenticator } from '../../auth/authenticator.service';
import { readCookie, SESSION_COOKIE } from '../../auth/web/web-cookies';

const parseCookies = cookieParser();
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A state-changing request must come from a page of this site, not from another site the admin has open. */
export function isSameOrigin(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const origin = req.headers.origin;
  if (typeof origin !== 'string') return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * Guards Bull Board (mounted under /admin/queues): an admin's web session or nothing. Bull Board
 * is a plain Express router, outside Nest's guards, so this runs as its middleware. Its actions
 * (retry, clean, pause, ...) are recorded in the audit log like the admin API's.
 */
@Injectable()
export class AdminBoardAuthMiddleware implements NestMiddleware {
  private readonly logger = new Logger(AdminBoardAuthMiddleware.name);

  constructor(
    private readonly authenticator: Authenticator,
    private readonly audit: AuditService,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      // Middleware order across modules is not guaranteed: read the cookie ourselves if needed.
      if (req.cookies === undefined) await new Promise<void>((resolve) => parseCookies(req, res, () => resolve()));
      const principal = await this.authenticator.fromSessionCookie(readCookie(req, SESSION_COOKIE));
      if (!principal) {
        if (req.method === 'GET' && req.accepts(['html', 'json']) === 'html') {
          res.redirect(303, `/sign-in?next=${encodeURIComponent(req.originalUrl.slice(0, 400))}`);
        } else {
          res.status(401).json({ statusCode: 401, message: 'sign in as an admin' });
        }
        return;
      }
      if (principal.role !== 'admin') {
        res.status(403).json({ statusCode: 403, message: 'only for admin accounts' });
        return;
      }
      if (!SAFE_METHODS.has(req.method)) {
        if (!isSameOrigin(req)) {
          res.status(403).json({ statusCode: 403, message: 'cross-site request refused' });
          return;
        }
        const path = req.originalUrl.split('?')[0].slice(0, 300);
        res.once('finish', () => {
          if (res.statusCode >= 400) return;
          this.audit
            .record(principal, req.ip, { action: 'queue.board_action', entityType: 'queue', entityId: path, changes: { method: req.method, path } })
            .catch((err: Error) => this.logger.error({ msg: 'could not audit a Bull Board action', path, error: err.message }));
        });
      }
      next();
    } catch (err) {
      next(err);
    }
  }
}
