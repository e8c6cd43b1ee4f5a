import { Counter, Histogram, type Registry } from 'prom-client';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

type JobLabels = 'queue' | 'name';

/** Counters and timings of the jobs this process ran (a worker's view; sum over processes). */
export class JobMetrics {
  private readonly completed: Counter<JobLabels>;
  private readonly failedAttempts: Counter<JobLabels>;
  private readonly failed: Counter<JobLabels>;
  private readonly stalled: Counter<'queue'>;
  private readonly duration: Histogram<JobLabels | 'outcome'>;

  constructor(registry: Registry) {
    this.completed = new Counter({
      name: 'frontline_jobs_completed_total',
      help: 'Jobs completed, by queue and job name.',
      labelNames: ['queue', 'name'],
      registers: [registry],
    });
    this.failedAttempts = new Counter({
      name: 'frontline_job_attempts_failed_total',
      help: 'Job attempts that failed, whether or not the job will be retried.',
      labelNames: ['queue', 'name'],
      registers: [registry],
    });
    this.failed = new Counter({
      name: 'frontline_jobs_failed_total',
      help: 'Jobs that failed for good (retries exhausted or an unrecoverable error) and wait for an admin.',
      labelNames: ['queue', 'name'],
      registers: [registry],
    });
    this.stalled = new Counter({
      name: 'frontline_jobs_stalled_total',
      help: 'Jobs found stalled by this process (their worker died or blocked) and put back to run again.',
      labelNames: ['queue'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'frontline_job_duration_seconds',
      help: 'Time one attempt of a job ran, by queue, job name and outcome.',
      labelNames: ['queue', 'name', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
  }

  jobCompleted(queue: string, name: string, seconds: number | undefined): void {
    this.completed.inc({ queue, name });
    if (seconds !== undefined) this.duration.observe({ queue, name, outcome: 'completed' }, seconds);
  }

  jobFailed(queue: string, name: string, seconds: number | undefined, final: boolean): void {
    this.failedAttempts.inc({ queue, name });
    if (final) this.failed.inc({ queue, name });
    if (seconds !== undefined) this.duration.observe({ queue, name, outcome: 'failed' }, seconds);
  }

  jobStalled(queue: string): void {
    this.stalled.inc({ queue });
  }
}
