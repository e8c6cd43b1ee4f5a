import { Injectable } from '@nestjs/common';
import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import type { FlowProducer, Job, JobsOptions, Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, JobName, QueueName } from './queue-names';
import type { CrawlPagePayload, FinishCrawlRunPayload, JobNameOf, PayloadOf } from './job-payloads';
import { crawlPageJobId, finishRunJobId } from './job-ids';

export const RUN_FLOW_PRODUCER = 'run-flow';

/** The parent job of a crawl run, as BullMQ addresses it from a child. */
export interface RunParent {
  id: string;
  /** Fully qualified queue key of the parent (`<prefix>:<queue>`). */
  queue: string;
}

/**
 * The only way jobs enter the queues (STYLE.md habit 3): typed payloads, default options
 * beside the queue names, deterministic ids where duplicates must collapse.
 */
@Injectable()
export class QueueProducer {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QueueName.Crawl) crawl: Queue,
    @InjectQueue(QueueName.Normalize) normalize: Queue,
    @InjectFlowProducer(RUN_FLOW_PRODUCER) private readonly flows: FlowProducer,
  ) {
    this.queues = { [QueueName.Crawl]: crawl, [QueueName.Normalize]: normalize };
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  add<Q extends QueueName, N extends JobNameOf<Q>>(
    queue: Q,
    name: N,
    data: PayloadOf<Q, N>,
    opts: JobsOptions = {},
  ): Promise<Job> {
    return this.queues[queue].add(name, data, { ...DEFAULT_JOB_OPTIONS[queue], ...opts });
  }

  /**
   * Starts a run as a flow: FinishCrawlRun waits for its children, the entry pages; each page
   * adds what it discovers as further children of the same parent (`addToRun`), so the parent runs
   * exactly when the whole crawl is done. A child that fails for good is recorded on the parent
   * (ignoreDependencyOnFailure) instead of blocking the run forever.
   */
  async startRun(finish: FinishCrawlRunPayload, entries: Omit<CrawlPagePayload, 'runId' | 'sourceId' | 'depth'>[]): Promise<RunParent> {
    const crawl = this.queues[QueueName.Crawl];
    const parentId = finishRunJobId(finish.runId);
    await this.flows.add({
      name: JobName.FinishCrawlRun,
      queueName: crawl.name,
      data: finish,
      opts: { ...DEFAULT_JOB_OPTIONS[QueueName.Crawl], jobId: parentId },
      children: entries.map((entry) => ({
        name: JobName.CrawlPage,
        queueName: crawl.name,
        data: { ...entry, runId: finish.runId, sourceId: finish.sourceId, depth: 0 } satisfies CrawlPagePayload,
        opts: { ...DEFAULT_JOB_OPTIONS[QueueName.Crawl], jobId: crawlPageJobId(finish.runId, entry.url), ignoreDependencyOnFailure: true },
      })),
    });
    return { id: parentId, queue: crawl.qualifiedName };
  }

  /** Adds a job to a running crawl run; the id makes a second add of the same job a no-op. */
  addToRun<Q extends QueueName, N extends JobNameOf<Q>>(
    parent: RunParent,
    queue: Q,
    name: N,
    data: PayloadOf<Q, N>,
    jobId: string,
  ): Promise<Job> {
    return this.add(queue, name, data, { jobId, parent, ignoreDependencyOnFailure: true });
  }

  /** Bulk variant of addToRun: one round trip for a page's worth of postings. */
  addManyToRun<Q extends QueueName, N extends JobNameOf<Q>>(
    parent: RunParent,
    queue: Q,
    jobs: { name: N; data: PayloadOf<Q, N>; jobId: string }[],
  ): Promise<Job[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    return this.queues[queue].addBulk(
      jobs.map((j) => ({
        name: j.name,
        data: j.data,
        opts: { ...DEFAULT_JOB_OPTIONS[queue], jobId: j.jobId, parent, ignoreDependencyOnFailure: true },
      })),
    );
  }
}
