import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { Authenticator } from './authenticator.service';
import { API_KEYS_METADATA, ROLES_METADATA } from './auth.metadata';
import type { AuthenticatedRequest, UserRoleName } from './principal';

/** Authenticates an API request (see RequireAuth) and checks its role. */
@Injectable()
export class ApiAuthGuard implements CanActivate {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const acceptApiKeys = this.reflector.getAllAndOverride<boolean>(API_KEYS_METADATA, targets) ?? false;
    try {
      req.principal = await this.authenticator.authenticateRequest(req, acceptApiKeys);
    } catch (err) {
      if (err instanceof UnauthorizedException) {
        context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="frontline", error="invalid_token"');
      }
      throw err;
    }
    const roles = this.reflector.getAllAndOverride<UserRoleName[] | null>(ROLES_METADATA, targets);
    if (roles && !roles.includes(req.principal.role)) {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `only for ${roles.join(' or ')} accounts` });
    }
    return true;
  }
}
