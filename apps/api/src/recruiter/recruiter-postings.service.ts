import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RecruiterPostingRepository, type RecruiterPostingRecord } from '@app/db';
import { auditActor, type Principal } from '../auth/principal';
import type { CreateRecruiterPostingDto, UpdateRecruiterPostingDto } from './dto/posting-fields.dto';
import type { ListRecruiterPostingsQueryDto } from './dto/list-recruiter-postings-query.dto';
import { PostingNormalizer, type NormalizeWait } from './posting-normalizer.service';
import { applyPatch, inputChanges, requestHash, toPostingInput, toRawPosting, validatePostingFields, type FieldError, type PostingInput } from './posting-input';
import { recruiterPostingView, type RecruiterPostingView } from './recruiter-posting.view';

export interface PostingResult {
  view: RecruiterPostingView;
  /** True when an Idempotency-Key matched an earlier create: nothing new was posted. */
  replayed: boolean;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export function fieldErrors(errors: FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    message: errors.map((e) => e.problems.join('; ')).join('; '),
    parameters: errors.map((e) => e.parameter),
    details: errors,
  });
}

function encodeCursor(r: RecruiterPostingRecord): string {
  return Buffer.from(`${r.createdAt.toISOString()}|${r.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  return Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '') ? null : { createdAt, id };
}

/**
 * Recruiter postings: a recruiter touches only their employer's (403 otherwise), an admin every
 * employer's. Every change is written with its audit entry and goes through the normalize queue.
 */
@Injectable()
export class RecruiterPostingsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: RecruiterPostingRepository,
    private readonly normalizer: PostingNormalizer,
  ) {}

  async create(principal: Principal, dto: CreateRecruiterPostingDto, idempotencyKey: string | undefined, ip?: string): Promise<PostingResult> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new BadRequestException({ statusCode: 400, message: 'Idempotency-Key must be 1 to 200 visible ASCII characters', parameters: ['Idempotency-Key'] });
    }
    const employerId = this.employerToPostFor(principal, dto.employerId);
    const employer = await this.repo.findEmployer(employerId);
    if (!employer) throw new BadRequestException({ statusCode: 400, message: 'employerId names no employer', parameters: ['employerId'] });
    const input = toPostingInput(dto);
    const hash = idempotencyKey ? requestHash(employerId, input) : null;
    const sourceId = await this.repo.ensureSource(employer);
    const { record, created } = await this.repo.create(
      { employerId, sourceId, input: input as unknown as Record<string, unknown>, createdById: principal.userId, idempotencyKey: idempotencyKey ?? null, requestHash: hash },
      { actor: auditActor(principal, ip), action: 'posting.create', entityType: 'recruiter_posting', employerId, changes: { ...input } },
    );
    if (!created && record.requestHash !== hash) {
      throw new UnprocessableEntityException({ statusCode: 422, message: 'this Idempotency-Key was used for a different posting', parameters: ['Idempotency-Key'] });
    }
    // A retry re-submits the same job id: a no-op if the first try enqueued it, a recovery if it
    // crashed before. Never for a closed posting, which the job would reopen.
    if (!record.closedAt) await this.normalize(record);
    return { view: await this.view(record.id), replayed: !created };
  }

  async update(principal: Principal, id: string, patch: UpdateRecruiterPostingDto, ip?: string): Promise<RecruiterPostingView> {
    const record = await this.findAllowed(principal, id);
    if (record.closedAt) throw new ConflictException({ statusCode: 409, message: 'this posting is closed; post a new one instead' });
    const stored = record.input as unknown as PostingInput;
    const { input, errors } = validatePostingFields(applyPatch(stored, patch as Record<string, unknown>));
    if (!input) throw fieldErrors(errors);
    const changes = inputChanges(stored, input);
    if (Object.keys(changes).length === 0) return this.view(id);
    const updated = await this.repo.update(id, input as unknown as Record<string, unknown>, principal.userId, {
      actor: auditActor(principal, ip),
      action: 'posting.update',
      entityType: 'recruiter_posting',
      entityId: id,
      employerId: record.employerId,
      changes,
    });
    if (!updated) throw new ConflictException({ statusCode: 409, message: 'this posting was closed meanwhile' });
    await this.normalize(updated);
    return this.view(id);
  }

  async close(principal: Principal, id: string, ip?: string): Promise<RecruiterPostingView> {
    const record = await this.findAllowed(principal, id);
    if (!record.closedAt) {
      await this.normalizer.settle(record.id, record.revision);
      await this.repo.close(id, principal.userId, {
        actor: auditActor(principal, ip),
        action: 'posting.close',
        entityType: 'recruiter_posting',
        entityId: id,
        employerId: record.employerId,
      });
    }
    return this.view(id);
  }

  async get(principal: Principal, id: string): Promise<RecruiterPostingView> {
    await this.findAllowed(principal, id);
    return this.view(id);
  }

  async list(principal: Principal, query: ListRecruiterPostingsQueryDto): Promise<{ postings: RecruiterPostingView[]; nextCursor: string | null }> {
    const employerId = principal.role === 'admin' ? query.employerId : this.employerToPostFor(principal, query.employerId);
    const before = query.cursor ? decodeCursor(query.cursor) : undefined;
    if (before === null) throw new BadRequestException({ statusCode: 400, message: 'cursor is not one this API gave', parameters: ['cursor'] });
    const limit = query.limit ?? 50;
    const records = await this.repo.list({ employerId, before, limit });
    const stored = await this.repo.storedPostings(records);
    return {
      postings: records.map((r) => recruiterPostingView(r, stored.get(r.id), this.config.PUBLIC_BASE_URL)),
      nextCursor: records.length === limit ? encodeCursor(records[records.length - 1]) : null,
    };
  }

  /** The employer a principal acts for: a recruiter's own (never another's), an admin's choice. */
  private employerToPostFor(principal: Principal, requested: string | undefined): string {
    if (principal.role === 'admin') {
      if (!requested) throw new BadRequestException({ statusCode: 400, message: 'admins must say which employer: employerId', parameters: ['employerId'] });
      return requested;
    }
    if (!principal.employerId) throw new ForbiddenException({ statusCode: 403, message: 'your account belongs to no employer' });
    if (requested && requested !== principal.employerId) throw new ForbiddenException({ statusCode: 403, message: 'you can only post for your own employer' });
    return principal.employerId;
  }

  private async findAllowed(principal: Principal, id: string): Promise<RecruiterPostingRecord> {
    const record = await this.repo.findById(id);
    if (!record) throw new NotFoundException({ statusCode: 404, message: 'no posting with this id' });
    if (principal.role !== 'admin' && record.employerId !== principal.employerId) {
      throw new ForbiddenException({ statusCode: 403, message: 'this posting belongs to another employer' });
    }
    return record;
  }

  private async normalize(record: RecruiterPostingRecord): Promise<NormalizeWait> {
    const raw = toRawPosting(record.id, record.input as unknown as PostingInput, record.employer.displayName, record.createdAt, this.config.PUBLIC_BASE_URL);
    const outcome = await this.normalizer.submit(record.sourceId, raw, record.revision);
    if (outcome === 'stored') await this.repo.assignEmployer(record, record.employer);
    return outcome;
  }

  private async view(id: string): Promise<RecruiterPostingView> {
    const record = await this.repo.findById(id);
    if (!record) throw new NotFoundException({ statusCode: 404, message: 'no posting with this id' });
    const stored = await this.repo.storedPostings([record]);
    return recruiterPostingView(record, stored.get(record.id), this.config.PUBLIC_BASE_URL);
  }
}
