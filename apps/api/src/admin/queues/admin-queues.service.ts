import { ConflictException, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueHealthService, QueueName, QueueProducer, type QueueHealthReport } from '@app/queue';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../actor';
import { failedJobView, type FailedJobView } from './failed-job.view';

/** Redis calls of an admin action are bounded: an operator gets a 503, not a hung request. */
const ACTION_TIMEOUT_MS = 5000;

async function bounded<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ServiceUnavailableException({ statusCode: 503, message: `Redis did not answer in ${ACTION_TIMEOUT_MS / 1000} s; try again` })), ACTION_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Queue health and the operator's actions on queues and failed jobs; every action is audited. */
@Injectable()
export class AdminQueuesService {
  constructor(
    private readonly producer: QueueProducer,
    private readonly health: QueueHealthService,
    private readonly audit: AuditService,
  ) {}

  reportAll(): Promise<QueueHealthReport[]> {
    return this.health.reportAll();
  }

  report(queue: QueueName): Promise<QueueHealthReport> {
    return this.health.report(queue);
  }

  async listFailed(queue: QueueName, offset: number, limit: number): Promise<{ total: number; jobs: FailedJobView[] }> {
    const q = this.producer.queue(queue);
    const [total, jobs] = await bounded(Promise.all([q.getFailedCount(), q.getFailed(offset, offset + limit - 1)]));
    return { total, jobs: jobs.filter(Boolean).map((job) => failedJobView(queue, job)) };
  }

  async getFailed(queue: QueueName, jobId: string): Promise<FailedJobView> {
    return failedJobView(queue, await this.failedJob(queue, jobId));
  }

  async retry(queue: QueueName, jobId: string, actor: Actor): Promise<{ queue: string; jobId: string; state: string }> {
    const job = await this.failedJob(queue, jobId);
    await bounded(job.retry('failed'));
    await this.record(actor, 'queue_job.retry', `${queue}/${jobId}`, { name: job.name, failedReason: job.failedReason });
    return { queue, jobId, state: await bounded(job.getState()) };
  }

  async retryAll(queue: QueueName, actor: Actor): Promise<{ queue: string; retried: number }> {
    const q = this.producer.queue(queue);
    const failed = await bounded(q.getFailedCount());
    // retryJobs moves failed jobs back to wait in batches until none is left.
    if (failed > 0) await bounded(q.retryJobs({ state: 'failed', count: 1000 }));
    await this.record(actor, 'queue.retry_failed', queue, { jobs: failed });
    return { queue, retried: failed };
  }

  async remove(queue: QueueName, jobId: string, actor: Actor): Promise<{ queue: string; jobId: string; removed: true }> {
    const job = await this.failedJob(queue, jobId);
    await bounded(job.remove());
    await this.record(actor, 'queue_job.remove', `${queue}/${jobId}`, { name: job.name, failedReason: job.failedReason, payload: job.data });
    return { queue, jobId, removed: true };
  }

  async pause(queue: QueueName, actor: Actor): Promise<{ queue: string; paused: boolean }> {
    await bounded(this.producer.queue(queue).pause());
    await this.record(actor, 'queue.pause', queue, {});
    return { queue, paused: true };
  }

  async resume(queue: QueueName, actor: Actor): Promise<{ queue: string; paused: boolean }> {
    await bounded(this.producer.queue(queue).resume());
    await this.record(actor, 'queue.resume', queue, {});
    return { queue, paused: false };
  }

  /** The job, which must be failed: retrying or removing a running job would corrupt it. */
  private async failedJob(queue: QueueName, jobId: string): Promise<Job> {
    const job = await bounded(Job.fromId(this.producer.queue(queue), jobId));
    if (!job) throw new NotFoundException({ statusCode: 404, message: `no job "${jobId}" in the ${queue} queue` });
    const state = await bounded(job.getState());
    if (state !== 'failed') throw new ConflictException({ statusCode: 409, message: `job "${jobId}" is ${state}, not failed` });
    return job;
  }

  private record(actor: Actor, action: string, entityId: string, changes: Record<string, unknown>): Promise<void> {
    return this.audit.record(actor.principal, actor.ip, { action, entityType: action.startsWith('queue_job') ? 'queue_job' : 'queue', entityId, changes });
  }
}
