import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EmployerRepository, InvitationRepository, UserRepository, type AccountUser, type AuditActor, type InvitationWithEmployer } from '@app/db';
import { buildEmployerDirectory, defaultEmployerEntries, type EmployerDirectory } from '@app/taxonomy';
import { accountView, type AccountView } from './auth.service';
import type { CreateInvitationDto } from './dto/auth.dto';
import { hashToken, isOpaqueToken, newOpaqueToken } from './opaque-token';
import { PasswordHasher, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-hasher.service';

export interface InvitationView {
  id: string;
  email: string;
  role: 'recruiter' | 'admin';
  employer: { id: string; name: string } | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export interface IssuedInvitation extends InvitationView {
  /** Shown once: only its hash is stored. */
  token: string;
  /** The link to send to the invitee. */
  url: string;
}

export function invitationView(i: InvitationWithEmployer): InvitationView {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    employer: i.employer ? { id: i.employer.id, name: i.employer.displayName } : null,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    acceptedAt: i.acceptedAt?.toISOString() ?? null,
    revokedAt: i.revokedAt?.toISOString() ?? null,
  };
}

export type UserAccountView = AccountView & { disabledAt: string | null; createdAt: string };

function userAccountView(user: AccountUser): UserAccountView {
  return { ...accountView(user), disabledAt: user.disabledAt?.toISOString() ?? null, createdAt: user.createdAt.toISOString() };
}

export function checkPasswordPolicy(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'password must not be the e-mail address';
  return null;
}

/** Accounts as admins manage them: invitations, disabling, the first admin. */
@Injectable()
export class AccountsService {
  private directory: EmployerDirectory | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly invitations: InvitationRepository,
    private readonly employers: EmployerRepository,
    private readonly passwords: PasswordHasher,
  ) {}

  async invite(dto: CreateInvitationDto, actor: AuditActor): Promise<IssuedInvitation> {
    const role = dto.role ?? 'recruiter';
    if (role === 'admin' && (dto.employerId || dto.employerName)) {
      throw new BadRequestException({ statusCode: 400, message: 'an admin belongs to no employer', parameters: ['employerId', 'employerName'] });
    }
    if (role === 'recruiter' && !dto.employerId && !dto.employerName) {
      throw new BadRequestException({ statusCode: 400, message: 'a recruiter needs employerId or employerName', parameters: ['employerId', 'employerName'] });
    }
    if (await this.users.findByEmail(dto.email)) throw new ConflictException({ statusCode: 409, message: 'an account with this e-mail exists', parameters: ['email'] });
    const employerId = role === 'admin' ? null : dto.employerId ?? (await this.ensureEmployer(dto.employerName as string));
    const token = newOpaqueToken('invitation');
    const expiresAt = new Date(Date.now() + this.config.AUTH_INVITATION_TTL_HOURS * 3600 * 1000);
    let invitation: InvitationWithEmployer;
    try {
      invitation = await this.invitations.create(
        { email: dto.email, role, employerId, tokenHash: hashToken(token), invitedById: actor.id, expiresAt },
        { actor, action: 'invitation.create', entityType: 'invitation', employerId, changes: { email: dto.email, role, employerId } },
      );
    } catch (err) {
      // P2003: the employerId names no employer.
      if ((err as { code?: string }).code === 'P2003') throw new BadRequestException({ statusCode: 400, message: 'employerId names no employer', parameters: ['employerId'] });
      throw err;
    }
    const url = new URL('/invitations/accept', this.config.PUBLIC_BASE_URL);
    url.searchParams.set('token', token);
    return { ...invitationView(invitation), token, url: url.toString() };
  }

  async listInvitations(): Promise<InvitationView[]> {
    return (await this.invitations.list()).map(invitationView);
  }

  async revokeInvitation(id: string, actor: AuditActor): Promise<void> {
    const revoked = await this.invitations.revoke(id, { actor, action: 'invitation.revoke', entityType: 'invitation', entityId: id });
    if (!revoked) throw new NotFoundException({ statusCode: 404, message: 'no open invitation with this id' });
  }

  /** Null when the token is not one of a usable invitation (unknown, used, revoked or expired). */
  async findUsableInvitation(token: string): Promise<InvitationWithEmployer | null> {
    return isOpaqueToken('invitation', token) ? this.invitations.findUsableByTokenHash(hashToken(token)) : null;
  }

  async acceptInvitation(token: string, password: string, ip: string | null): Promise<AccountUser> {
    const invitation = await this.findUsableInvitation(token);
    if (!invitation) throw new NotFoundException({ statusCode: 404, message: 'this invitation is unknown, used, revoked or expired' });
    const problem = checkPasswordPolicy(password, invitation.email);
    if (problem) throw new BadRequestException({ statusCode: 400, message: problem, parameters: ['password'] });
    const outcome = await this.invitations.accept(hashToken(token), await this.passwords.hash(password), (user) => ({
      actor: { id: user.id, email: user.email, role: user.role, via: 'invitation', ip },
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      employerId: user.employerId,
      changes: { email: user.email, role: user.role, employerId: user.employerId, invitationId: invitation.id },
    }));
    if (outcome.ok) return outcome.user;
    if (outcome.reason === 'email_taken') throw new ConflictException({ statusCode: 409, message: 'an account with this e-mail exists' });
    throw new NotFoundException({ statusCode: 404, message: 'this invitation is unknown, used, revoked or expired' });
  }

  async listUsers(): Promise<UserAccountView[]> {
    return (await this.users.list()).map(userAccountView);
  }

  async setDisabled(id: string, disabled: boolean, actor: AuditActor): Promise<UserAccountView> {
    if (disabled && id === actor.id) throw new ConflictException({ statusCode: 409, message: 'you cannot disable your own account' });
    const user = await this.users.setDisabled(id, disabled, {
      actor,
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: id,
    });
    if (!user) throw new NotFoundException({ statusCode: 404, message: 'no account with this id' });
    return userAccountView(user);
  }

  /**
   * Creates an admin account unless one with this e-mail exists (which is left untouched: a
   * configured password never overwrites a changed one). Returns whether it created one.
   */
  async createAdmin(email: string, password: string, via: 'cli' | 'config'): Promise<{ created: boolean; user: AccountUser }> {
    const normalized = email.trim().toLowerCase();
    const existing = await this.users.findByEmail(normalized);
    if (existing) return { created: false, user: existing };
    const problem = checkPasswordPolicy(password, normalized);
    if (problem) throw new Error(problem);
    const actor: AuditActor = { id: null, email: null, role: null, via, ip: null };
    try {
      const user = await this.users.create(
        { email: normalized, passwordHash: await this.passwords.hash(password), role: 'admin', employerId: null },
        { actor, action: 'user.create', entityType: 'user', changes: { email: normalized, role: 'admin' } },
      );
      return { created: true, user };
    } catch (err) {
      // Another API process created it at the same moment.
      if ((err as { code?: string }).code !== 'P2002') throw err;
      return { created: false, user: (await this.users.findByEmail(normalized)) as AccountUser };
    }
  }

  /** The employer of this name, found or created under the same key normalisation gives it. */
  private async ensureEmployer(name: string): Promise<string> {
    this.directory ??= buildEmployerDirectory(defaultEmployerEntries());
    const { tag } = this.directory.match(name);
    if (!tag.key) throw new BadRequestException({ statusCode: 400, message: 'employerName has no letters or digits', parameters: ['employerName'] });
    return this.employers.ensure(tag.key, tag.display, tag.canonical);
  }
}
