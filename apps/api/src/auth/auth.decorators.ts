import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiAuthGuard } from './api-auth.guard';
import { API_KEYS_METADATA, ROLES_METADATA } from './auth.metadata';
import type { AuthenticatedRequest, Principal, UserRoleName } from './principal';

export interface RequireAuthOptions {
  /** Roles allowed (403 for the others); any signed-in account when absent. */
  roles?: UserRoleName[];
  /** Whether a recruiter's API key is accepted besides an access token. */
  apiKeys?: boolean;
}

/**
 * An API route for signed-in callers: 401 without valid credentials, 403 for a role not listed.
 *   @RequireAuth({ roles: ['admin'] })
 */
export function RequireAuth(options: RequireAuthOptions = {}): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROLES_METADATA, options.roles ?? null),
    SetMetadata(API_KEYS_METADATA, options.apiKeys ?? false),
    UseGuards(ApiAuthGuard),
    ApiBearerAuth(),
    ...(options.apiKeys ? [ApiSecurity('api-key')] : []),
    ApiUnauthorizedResponse({ description: 'Missing, invalid, expired or revoked credentials.' }),
    ...(options.roles ? [ApiForbiddenResponse({ description: `Only for: ${options.roles.join(', ')}.` })] : []),
  );
}

/** The caller of a route guarded by RequireAuth (or a web session guard). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without an auth guard');
  return principal;
});
