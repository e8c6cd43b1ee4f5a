import type { Request } from 'express';
import type { AccountUser, AuditActor } from '@app/db';

export type UserRoleName = 'recruiter' | 'admin';

/** How a caller proved who they are. */
export type AuthMethod = 'access_token' | 'api_key' | 'session_cookie';

/** The authenticated caller of a request. */
export interface Principal {
  userId: string;
  email: string;
  role: UserRoleName;
  /** The employer a recruiter posts for; null for admins (and for a recruiter whose employer is gone). */
  employerId: string | null;
  employerName: string | null;
  via: AuthMethod;
  sessionId?: string;
  apiKeyId?: string;
}

export type AuthenticatedRequest = Request & { principal?: Principal };

export function principalOf(user: AccountUser, via: AuthMethod, ids: { sessionId?: string; apiKeyId?: string } = {}): Principal {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    employerId: user.employer?.id ?? null,
    employerName: user.employer?.displayName ?? null,
    via,
    ...ids,
  };
}

/** The audit log's "who" for a request made by this principal. */
export function auditActor(principal: Principal, ip?: string | null): AuditActor {
  return { id: principal.userId, email: principal.email, role: principal.role, via: principal.via, apiKeyId: principal.apiKeyId ?? null, ip: ip ?? null };
}
