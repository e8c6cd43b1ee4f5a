import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PostingRepository, type UpsertItem, type UpsertResult } from '@app/db';
import { MicroBatcher } from './micro-batcher';

/** Postings of concurrent normalize jobs written in batches (one transaction each). */
@Injectable()
export class PostingWriterService implements OnApplicationShutdown {
  private readonly batcher: MicroBatcher<UpsertItem, UpsertResult>;

  constructor(postings: PostingRepository) {
    this.batcher = new MicroBatcher((items) => postings.upsertManyFromSources(items), { maxItems: 200, maxWaitMs: 20, maxConcurrentFlushes: 2 });
  }

  write(item: UpsertItem): Promise<UpsertResult> {
    return this.batcher.add(item);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.batcher.drainAll();
  }
}
