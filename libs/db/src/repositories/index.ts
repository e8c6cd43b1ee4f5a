import { AdminSourceRepository } from './admin-source.repository';
import { CrawlRunRepository } from './crawl-run.repository';
import { EmployerRepository } from './employer.repository';
import { PostingQueryRepository } from './posting-query.repository';
import { PostingRepository } from './posting.repository';
import { SourceRepository } from './source.repository';
import { ApiKeyRepository } from './api-key.repository';
import { AuditLogRepository } from './audit-log.repository';
import { AuthSessionRepository } from './auth-session.repository';
import { InvitationRepository } from './invitation.repository';
import { RecruiterPostingRepository } from './recruiter-posting.repository';
import { UserRepository } from './user.repository';

export { CrawlRunRepository, type RunCounter } from './crawl-run.repository';
export { EmployerRepository } from './employer.repository';
export { PostingQueryRepository, POSTING_LIST_SELECT, type ListPostingsQuery, type PostingListItem } from './posting-query.repository';
export { PostingRepository, type UpsertOutcome, type UpsertItem, type UpsertResult } from './posting.repository';
export { SourceRepository, type SourceFileEntry, type SyncResult } from './source.repository';
export { ApiKeyRepository, type ActiveApiKey, type ApiKeySummary } from './api-key.repository';
export { AuditLogRepository, writeAuditEntry, type AuditActor, type AuditEntryInput, type ListAuditLogQuery } from './audit-log.repository';
export { AuthSessionRepository, type ActiveSession } from './auth-session.repository';
export { InvitationRepository, type InvitationWithEmployer, type AcceptInvitationOutcome } from './invitation.repository';
export {
  RecruiterPostingRepository,
  recruiterSourceName,
  STORED_POSTING_SELECT,
  type RecruiterPostingRecord,
  type StoredPosting,
  type ListRecruiterPostingsQuery,
} from './recruiter-posting.repository';
export { AdminSourceRepository, type SourceWithStatus, type SourceWrite, type ListRunsQuery, type RunWithSource, type LastRunSummary } from './admin-source.repository';
export { UserRepository, type AccountUser, type NewUser } from './user.repository';

/** Every repository DbModule provides; add new ones here. */
export const REPOSITORIES = [CrawlRunRepository, EmployerRepository, PostingQueryRepository, PostingRepository, SourceRepository,
  ApiKeyRepository, AuditLogRepository, AuthSessionRepository, InvitationRepository, RecruiterPostingRepository, UserRepository, AdminSourceRepository];
