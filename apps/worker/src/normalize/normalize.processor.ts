import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { MetricsTime, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobName, QueueName, type NormalizePostingPayload } from '@app/queue';
import { NormalizeService, type NormalizeResult } from './normalize.service';

@Processor(QueueName.Normalize, { metrics: { maxDataPoints: MetricsTime.ONE_WEEK } })
export class NormalizeProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly service: NormalizeService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.NORMALIZE_CONCURRENCY;
  }

  async process(job: Job<NormalizePostingPayload>): Promise<NormalizeResult> {
    if (job.name !== JobName.NormalizePosting) throw new Error(`unknown job ${job.name} on the normalize queue`);
    return this.service.normalize(job.data);
  }
}
