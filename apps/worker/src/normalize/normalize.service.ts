import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EmployerRepository, type UpsertOutcome } from '@app/db';
import { InvalidPostingError, normalizePosting } from '@app/postings';
import type { NormalizePostingPayload } from '@app/queue';
import { SourceCache } from '../crawl/source-cache';
import { EmployerDirectoryService } from './employer-directory.service';
import { PostingWriterService } from '../batching/posting-writer.service';
import { RunStatsService } from '../batching/run-stats.service';

export interface NormalizeResult {
  postingId: string;
  outcome: UpsertOutcome;
}

const RUN_COUNTER: Record<UpsertOutcome, 'postingsNew' | 'postingsUpdated' | 'postingsUnchanged'> = {
  new: 'postingsNew',
  merged: 'postingsNew',
  updated: 'postingsUpdated',
  unchanged: 'postingsUnchanged',
};

/** Tags a raw posting and stores it with its provenance. */
@Injectable()
export class NormalizeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: EmployerDirectoryService,
    private readonly sources: SourceCache,
    private readonly employers: EmployerRepository,
    private readonly writer: PostingWriterService,
    private readonly stats: RunStatsService,
  ) {}

  async normalize(payload: NormalizePostingPayload): Promise<NormalizeResult> {
    const source = await this.sources.get(payload.sourceId);
    let normalized;
    try {
      normalized = normalizePosting(payload.raw, {
        employers: await this.directory.current(),
        rates: { base: this.config.SALARY_BASE_CURRENCY, rates: this.config.SALARY_RATES },
        employerHint: source?.employerHint ?? undefined,
      });
    } catch (err) {
      if (err instanceof InvalidPostingError) throw new UnrecoverableError(`invalid posting ${payload.raw.externalId ?? ''}: ${err.message}`);
      throw err;
    }
    const employerId =
      normalized.employerKey === 'unknown'
        ? null
        : await this.employers.ensure(normalized.employerKey, normalized.employerName, normalized.employerCanonical);
    const { postingId, outcome } = await this.writer.write({ sourceId: payload.sourceId, runId: payload.runId ?? null, posting: normalized, employerId });
    if (payload.runId) await this.stats.add(payload.runId, { postingsSeen: 1, [RUN_COUNTER[outcome]]: 1 });
    return { postingId, outcome };
  }
}
