// What other feature modules (admin pages and API) use of auth.
export { AuthModule } from './auth.module';
export { RequireAuth, CurrentPrincipal, type RequireAuthOptions } from './auth.decorators';
export { ApiAuthGuard } from './api-auth.guard';
export { WebSessionGuard, SignInRequiredException } from './web/web-session.guard';
export { WebErrorFilter } from './web/web-error.filter';
export { auditActor, type Principal, type AuthenticatedRequest, type UserRoleName, type AuthMethod } from './principal';
export { html, trustedHtml, escapeHtml, layout, sendPage, SafeHtml, type PageChrome } from './web/html';
export { csrfToken, checkCsrf, safeNextPath } from './web/web-cookies';
export { SignInThrottle, PostingThrottle } from './throttle/throttle.decorators';
export { uuidParam } from './id-param.pipe';
export { AccountsService } from './accounts.service';
