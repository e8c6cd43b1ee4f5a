import type { Principal } from '../auth/principal';

/** Who asks for an admin action, and from where: what the audit log records. */
export interface Actor {
  principal: Principal;
  ip?: string;
}
