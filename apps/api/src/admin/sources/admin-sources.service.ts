import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { MIN_INTERVAL_SECONDS, parseInterval, sourceDefinitionFromRow, type SourceDefinition, type SourceRowFields } from '@app/crawler';
import type { Prisma, Source } from '@app/db';
import { crawlSourceJobId, JobName, QueueName, QueueProducer } from '@app/queue';
import { AuditService } from '../../audit/audit.service';
import { auditActor } from '../../auth/principal';
import type { Actor } from '../actor';
import { AdminSourceRepository, type SourceWrite } from '@app/db';
import type { CreateSourceDto, UpdateSourceDto } from './dto/source.dto';
import { SourceCheckService, type SourceCheck } from './source-check.service';
import { sourceView, type SourceView } from './source-view';

/** A year: longer is a typo, and would not fit the database's integer column either. */
const MAX_INTERVAL_SECONDS = 366 * 86400;
/** Selectors are a handful of short CSS strings; a bigger object is a mistake or abuse. */
const MAX_SELECTORS_JSON = 10_000;
/** Fields that change what is fetched: a change to one of them is tried on a sample fetch. */
const CRAWL_FIELDS = ['kind', 'url', 'board', 'baseUrl', 'selectors'] as const;

function intervalSeconds(interval: string | undefined, fallback: number): number {
  if (interval === undefined) return fallback;
  const seconds = parseInterval(interval);
  if (seconds === null || seconds < MIN_INTERVAL_SECONDS || seconds > MAX_INTERVAL_SECONDS) {
    throw new BadRequestException({ statusCode: 400, message: `interval: "${interval}" must be like 15m, 2h or 1d, from 1m to 366d`, parameters: ['interval'] });
  }
  return seconds;
}

function checkedSelectors(selectors: Record<string, unknown> | null | undefined): void {
  if (selectors && JSON.stringify(selectors).length > MAX_SELECTORS_JSON) {
    throw new BadRequestException({ statusCode: 400, message: `selectors: larger than ${MAX_SELECTORS_JSON} characters`, parameters: ['selectors'] });
  }
}

type SourceFields = Omit<SourceRowFields, 'name'>;

function definitionOf(name: string, s: SourceFields): SourceDefinition {
  return sourceDefinitionFromRow({ name, ...s });
}

/** Sources managed through the admin API: validated per kind, tried on a sample fetch, audited. */
@Injectable()
export class AdminSourcesService {
  constructor(
    private readonly sources: AdminSourceRepository,
    private readonly checker: SourceCheckService,
    private readonly producer: QueueProducer,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SourceView[]> {
    return (await this.sources.listWithStatus()).map((s) => sourceView(s));
  }

  async get(id: string): Promise<SourceView> {
    return sourceView(await this.found(id));
  }

  async create(dto: CreateSourceDto, actor: Actor): Promise<{ source: SourceView; check: SourceCheck }> {
    checkedSelectors(dto.selectors);
    const data = {
      kind: dto.kind,
      url: dto.url ?? null,
      board: dto.board ?? null,
      baseUrl: dto.baseUrl ?? null,
      employerHint: dto.employer ?? null,
      intervalSeconds: intervalSeconds(dto.interval, 6 * 3600),
      enabled: dto.enabled ?? true,
      selectors: (dto.selectors ?? null) as Prisma.InputJsonValue | null,
    };
    this.checker.validate(definitionOf(dto.name, data));
    if (await this.sources.findByName(dto.name)) throw this.nameTaken(dto.name);
    const check = await this.checker.check(definitionOf(dto.name, data));
    let created: Source;
    try {
      created = await this.sources.create(dto.name, data, {
        actor: auditActor(actor.principal, actor.ip),
        action: 'source.create',
        entityType: 'source',
        changes: { ...data, name: dto.name },
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'P2002') throw this.nameTaken(dto.name);
      throw err;
    }
    return { source: await this.get(created.id), check };
  }

  async update(id: string, dto: UpdateSourceDto, actor: Actor): Promise<{ source: SourceView; check: SourceCheck | null }> {
    const current = await this.found(id);
    if (current.origin === 'file') {
      throw new ConflictException({ statusCode: 409, message: `source "${current.name}" is declared in the sources file; change it there (the file wins at every sync)` });
    }
    checkedSelectors(dto.selectors);
    const patch: SourceWrite = {};
    if (dto.kind !== undefined) patch.kind = dto.kind;
    if (dto.url !== undefined) patch.url = dto.url;
    if (dto.board !== undefined) patch.board = dto.board;
    if (dto.baseUrl !== undefined) patch.baseUrl = dto.baseUrl;
    if (dto.employer !== undefined) patch.employerHint = dto.employer;
    if (dto.interval !== undefined) patch.intervalSeconds = intervalSeconds(dto.interval, current.intervalSeconds);
    if (dto.enabled !== undefined) patch.enabled = dto.enabled;
    if (dto.selectors !== undefined) patch.selectors = dto.selectors as Prisma.InputJsonValue | null;

    const merged = { ...current, ...patch, selectors: patch.selectors === undefined ? current.selectors : patch.selectors };
    const definition = definitionOf(current.name, merged);
    this.checker.validate(definition);
    const before = current as unknown as Record<string, unknown>;
    const changes = Object.fromEntries(
      Object.entries(patch)
        .filter(([k, v]) => JSON.stringify(before[k] ?? null) !== JSON.stringify(v ?? null))
        .map(([k, v]) => [k, { from: before[k] ?? null, to: v ?? null }]),
    );
    const crawlChanged = CRAWL_FIELDS.some((f) => f in changes);
    const check = crawlChanged ? await this.checker.check(definition) : null;
    if (Object.keys(changes).length > 0) {
      await this.sources.update(id, patch, { actor: auditActor(actor.principal, actor.ip), action: 'source.update', entityType: 'source', entityId: id, changes });
    }
    return { source: await this.get(id), check };
  }

  /** Only a source that never carried a posting is deleted: the others are disabled, keeping their postings' provenance. */
  async delete(id: string, actor: Actor): Promise<void> {
    const current = await this.found(id);
    const deleted = await this.sources.delete(id, {
      actor: auditActor(actor.principal, actor.ip),
      action: 'source.delete',
      entityType: 'source',
      entityId: id,
      changes: { name: current.name, kind: current.kind },
    });
    if (!deleted) {
      const count = await this.sources.countPostingSources(id);
      throw new ConflictException({ statusCode: 409, message: `source "${current.name}" carried ${count} postings; disable it instead (PATCH enabled: false) so their provenance stays` });
    }
  }

  /**
   * Enqueues a crawl at once. While that job has not run, asking again (a double click, a retried
   * request) gives the same job; a run of the source still going makes the job a no-op (one run
   * of a source at a time).
   */
  async crawlNow(id: string, actor: Actor): Promise<{ sourceId: string; jobId: string }> {
    const current = await this.found(id);
    if (!current.enabled) throw new ConflictException({ statusCode: 409, message: `source "${current.name}" is disabled; enable it first` });
    const job = await this.producer.add(
      QueueName.Crawl,
      JobName.CrawlSource,
      { sourceId: id, trigger: 'manual' },
      { jobId: crawlSourceJobId(id, `manual-${Date.now()}`), deduplication: { id: `crawl-now-${id}` } },
    );
    const jobId = String(job.id);
    await this.recordCrawlNow(actor, id, current.name, jobId);
    return { sourceId: id, jobId };
  }

  private recordCrawlNow(actor: Actor, id: string, name: string, jobId: string): Promise<void> {
    return this.audit.record(actor.principal, actor.ip, { action: 'source.crawl_now', entityType: 'source', entityId: id, changes: { name, jobId } });
  }

  private async found(id: string) {
    const source = await this.sources.findWithStatus(id);
    if (!source) throw new NotFoundException({ statusCode: 404, message: `no source ${id}` });
    return source;
  }

  private nameTaken(name: string): ConflictException {
    return new ConflictException({ statusCode: 409, message: `name: a source named "${name}" exists already`, parameters: ['name'] });
  }
}
