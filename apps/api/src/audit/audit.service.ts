import { Injectable } from '@nestjs/common';
import { AuditLogRepository, type AuditEntryInput } from '@app/db';
import { auditActor, type Principal } from '../auth/principal';

/**
 * For changes that are not written by a repository of their own (a queue retried, a job
 * removed): records who did what. Changes to database rows record their entry in the same
 * transaction instead (see the `audit` parameter of the account and posting repositories).
 */
@Injectable()
export class AuditService {
  constructor(private readonly log: AuditLogRepository) {}

  record(principal: Principal, ip: string | undefined, entry: Omit<AuditEntryInput, 'actor'>): Promise<void> {
    return this.log.record({ ...entry, actor: auditActor(principal, ip) });
  }
}
