import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { adapterFor, SourceConfigError, sourceDefinitionFromRow } from '@app/crawler';
import { CrawlRunRepository, PostingRepository, SourceRepository } from '@app/db';
import { QueueProducer, runIdForJob, type CrawlSourcePayload, type FinishCrawlRunPayload } from '@app/queue';


export interface RunStartResult {
  runId: string | null;
  reason?: string;
}

export interface RunFinishResult {
  runId: string;
  status: 'succeeded' | 'partial' | 'failed';
  closed: number;
}

/** Opens and closes crawl runs; the pages in between are CrawlPageService's. */
@Injectable()
export class CrawlRunService {
  private readonly logger = new Logger(CrawlRunService.name);

  constructor(
    private readonly sources: SourceRepository,
    private readonly runs: CrawlRunRepository,
    private readonly postings: PostingRepository,
    private readonly producer: QueueProducer,
  ) {}

  async start(job: Job<CrawlSourcePayload>): Promise<RunStartResult> {
    const source = await this.sources.findById(job.data.sourceId);
    if (!source) return { runId: null, reason: 'source no longer exists' };
    if (!source.enabled) return { runId: null, reason: 'source disabled' };

    const runId = runIdForJob(String(job.id));
    // One run of a source at a time: an operator's "crawl now" during a run waits for the next one.
    const other = await this.runs.findRunning(source.id, runId);
    if (other) return { runId: null, reason: `run ${other.id} of this source is still going` };
    const { run, created } = await this.runs.createOnce(runId, source.id, String(job.id));
    if (!created && run.status !== 'running') return { runId, reason: 'run already finished' };

    const definition = sourceDefinitionFromRow(source);
    const adapter = adapterFor(definition.kind);
    try {
      adapter.validate(definition);
    } catch (err) {
      if (err instanceof SourceConfigError) {
        await this.runs.recordError(runId, err.message);
        await this.runs.finish(runId, 'failed', false);
        await this.sources.recordRunOutcome(source.id, false);
      }
      throw err;
    }
    const entries = adapter.start(definition);
    await this.producer.startRun({ sourceId: source.id, runId }, entries);
    this.logger.log({ msg: 'crawl run started', sourceId: source.id, source: source.name, runId, jobId: job.id, entries: entries.length });
    return { runId };
  }

  /**
   * Runs once every page and posting of the run is done. Only a run with no failed page and no
   * failed posting is complete, and only a complete run closes what its source stopped listing.
   */
  async finish(job: Job<FinishCrawlRunPayload>): Promise<RunFinishResult> {
    const { runId, sourceId } = job.data;
    const run = await this.runs.findById(runId);
    if (!run) throw new UnrecoverableError(`crawl run ${runId} does not exist`);
    if (run.status !== 'running') return { runId, status: run.status as RunFinishResult['status'], closed: run.postingsClosed };

    const failures = Object.values(await job.getIgnoredChildrenFailures());
    for (const reason of failures.slice(0, 5)) await this.runs.recordError(runId, String(reason));
    const complete = failures.length === 0 && run.pagesFailed === 0;
    const closed = complete ? await this.postings.closeMissingFromRun(sourceId, runId) : 0;
    if (closed) await this.runs.increment(runId, { postingsClosed: closed });
    const status = complete ? 'succeeded' : run.pagesFetched + run.pagesNotModified > 0 ? 'partial' : 'failed';
    await this.runs.finish(runId, status, complete);
    await this.sources.recordRunOutcome(sourceId, complete);
    this.logger.log({ msg: 'crawl run finished', sourceId, runId, jobId: job.id, status, closed, failures: failures.length });
    return { runId, status, closed };
  }
}
