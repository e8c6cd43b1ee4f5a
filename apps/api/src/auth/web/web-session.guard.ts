import { CanActivate, ExecutionContext, ForbiddenException, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Authenticator } from '../authenticator.service';
import { ROLES_METADATA } from '../auth.metadata';
import type { AuthenticatedRequest, UserRoleName } from '../principal';
import { checkCsrf, readCookie, SESSION_COOKIE } from './web-cookies';

/** No valid session: the web error filter turns this into a redirect to the sign-in page. */
export class SignInRequiredException extends HttpException {
  constructor(readonly next: string) {
    super({ statusCode: 401, message: 'Please sign in.' }, HttpStatus.UNAUTHORIZED);
  }
}

/**
 * Web pages: a valid session cookie (else to the sign-in page), the role (else 403), and on every
 * state-changing request the form token (else 403).
 */
@Injectable()
export class WebSessionGuard implements CanActivate {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticator.fromSessionCookie(readCookie(req, SESSION_COOKIE));
    if (!principal) throw new SignInRequiredException(req.method === 'GET' ? req.originalUrl : '');
    req.principal = principal;
    const roles = this.reflector.getAllAndOverride<UserRoleName[] | null>(ROLES_METADATA, [context.getHandler(), context.getClass()]);
    if (roles && !roles.includes(principal.role)) throw new ForbiddenException({ statusCode: 403, message: `This page is only for ${roles.join(' or ')} accounts.` });
    if (req.method !== 'GET' && req.method !== 'HEAD') checkCsrf(req);
    return true;
  }
}
