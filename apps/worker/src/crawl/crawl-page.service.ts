import { Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { adapterFor, PageFetcher, RobotsDisallowedError, sourceDefinitionFromRow, TransientFetchError, type PageRequest } from '@app/crawler';
import { CrawlRunRepository, PostingRepository } from '@app/db';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  JobName,
  QueueName,
  QueueProducer,
  crawlPageJobId,
  normalizeJobId,
  type CrawlPagePayload,
  type RunParent,
} from '@app/queue';
import { SourceCache } from './source-cache';
import { RunStatsService } from '../batching/run-stats.service';

export const PAGE_FETCHER = Symbol('PAGE_FETCHER');

/** A chain of pages deeper than this is a crawler trap, not a job board. */
const MAX_DEPTH = 200;

export type CrawlPageResult =
  | { outcome: 'fetched'; postings: number; next: number }
  | { outcome: 'not-modified'; seen: number }
  | { outcome: 'skipped'; reason: string };

/** Fetches one page of a run, hands it to the source's adapter and queues what it found. */
@Injectable()
export class CrawlPageService {
  private readonly logger = new Logger(CrawlPageService.name);

  constructor(
    @Inject(PAGE_FETCHER) private readonly fetcher: PageFetcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: SourceCache,
    private readonly runs: CrawlRunRepository,
    private readonly stats: RunStatsService,
    private readonly postings: PostingRepository,
    private readonly producer: QueueProducer,
  ) {}

  async crawl(job: Job<CrawlPagePayload>, token: string | undefined): Promise<CrawlPageResult> {
    const { sourceId, runId, url, role, accept, meta, depth } = job.data;
    const parent = runParentOf(job);
    const source = await this.sources.get(sourceId);
    if (!source) return { outcome: 'skipped', reason: 'source no longer exists' };
    const definition = sourceDefinitionFromRow(source);
    const request: PageRequest = { url, role, accept, meta };

    // Listings are fetched whole every run (a 304 would hide which postings they list); pages
    // of single postings use conditional GET.
    const politeness = !this.config.CRAWL_UNTHROTTLED_HOSTS.includes(new URL(url).hostname);
    let conditional = role === 'detail';
    let fetched;
    for (;;) {
      try {
        fetched = await this.fetcher.fetchPage(request, { politeness, conditional });
      } catch (err) {
        if (err instanceof RobotsDisallowedError) {
          await this.stats.add(runId, { pagesSkipped: 1 });
          return { outcome: 'skipped', reason: err.message };
        }
        await this.recordIfFinal(job, err as Error);
        throw err;
      }
      if (fetched.kind !== 'not-modified') break;
      const seen = await this.postings.markSeenByUrl(sourceId, runId, url);
      if (seen > 0) {
        await this.stats.add(runId, { pagesNotModified: 1, postingsSeen: seen, postingsUnchanged: seen });
        return { outcome: 'not-modified', seen };
      }
      // A 304 for a page none of whose postings we hold: a worker died between fetching it and
      // queueing what it carried (the validators were already saved). Its content is unknown
      // to us, so fetch it whole.
      conditional = false;
    }

    if (fetched.kind === 'delay') {
      // The host's politeness budget is spent: park the job instead of holding a worker slot.
      await job.moveToDelayed(Date.now() + fetched.ms, token);
      throw new DelayedError();
    }

    let result;
    try {
      result = adapterFor(definition.kind).parse(fetched.page, request, definition);
    } catch (err) {
      await this.recordIfFinal(job, err as Error);
      throw err;
    }

    const next = depth >= MAX_DEPTH ? [] : result.next;
    if (depth >= MAX_DEPTH && result.next.length) {
      await this.stats.add(runId, { pagesFailed: 1 });
      await this.runs.recordError(runId, `page depth limit ${MAX_DEPTH} reached at ${url}`);
    }
    if (parent) {
      await this.producer.addManyToRun(
        parent,
        QueueName.Crawl,
        next.map((n) => ({
          name: JobName.CrawlPage as const,
          data: { sourceId, runId, url: n.url, role: n.role, accept: n.accept, meta: n.meta, depth: depth + 1 },
          jobId: crawlPageJobId(runId, n.url),
        })),
      );
      await this.producer.addManyToRun(
        parent,
        QueueName.Normalize,
        result.postings.map((raw) => ({
          name: JobName.NormalizePosting as const,
          data: { sourceId, runId, raw },
          jobId: normalizeJobId(sourceId, runId, raw.externalId),
        })),
      );
    }
    await this.stats.add(runId, { pagesFetched: 1 });
    this.logger.debug({ msg: 'page crawled', sourceId, runId, jobId: job.id, attempt: job.attemptsMade + 1, url, postings: result.postings.length, next: next.length });
    return { outcome: 'fetched', postings: result.postings.length, next: next.length };
  }

  /** Counts a page as failed only when no retry will follow. */
  private async recordIfFinal(job: Job<CrawlPagePayload>, err: Error): Promise<void> {
    const attempts = job.opts.attempts ?? 1;
    const final = err instanceof UnrecoverableError || job.attemptsMade + 1 >= attempts;
    this.logger.warn({
      msg: 'page failed',
      sourceId: job.data.sourceId,
      runId: job.data.runId,
      jobId: job.id,
      attempt: job.attemptsMade + 1,
      final,
      url: job.data.url,
      error: err.message,
      retryAfterMs: err instanceof TransientFetchError ? err.retryAfterMs : undefined,
    });
    if (!final) return;
    await this.stats.add(job.data.runId, { pagesFailed: 1 });
    await this.runs.recordError(job.data.runId, `${job.data.url}: ${err.message}`);
  }
}

function runParentOf(job: Job): RunParent | null {
  return job.parent?.id ? { id: job.parent.id, queue: job.parent.queueKey } : null;
}
