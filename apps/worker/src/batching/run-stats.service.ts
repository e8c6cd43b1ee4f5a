import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { CrawlRunRepository, type RunCounter } from '@app/db';
import { MicroBatcher } from './micro-batcher';

type Counters = Partial<Record<RunCounter, number>>;

/**
 * Run counters of many concurrent jobs, summed and written together: every page and posting
 * updating the same crawl_runs row one by one would queue them all on that row's lock.
 * `add` resolves once the sum is committed, so a job finishes only after its counts are in, and
 * FinishCrawlRun (which runs after every job of the run) reads complete figures.
 */
@Injectable()
export class RunStatsService implements OnApplicationShutdown {
  private readonly batcher: MicroBatcher<{ runId: string; counters: Counters }, void>;

  constructor(runs: CrawlRunRepository) {
    this.batcher = new MicroBatcher(
      async (entries) => {
        await runs.incrementMany(entries);
        return entries.map((): void => undefined);
      },
      { maxItems: 500, maxWaitMs: 25, maxConcurrentFlushes: 1 },
    );
  }

  add(runId: string, counters: Counters): Promise<void> {
    return this.batcher.add({ runId, counters });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.batcher.drainAll();
  }
}
