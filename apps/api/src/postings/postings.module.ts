import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { PostingQueryRepository } from '@app/db';
import { PostingsController } from './postings.controller';
import { PostingsService } from './postings.service';

/**
 * Job-seeker search. The facet index is loaded before the app listens (a few seconds per million
 * open postings), so the first request already gets counts from memory.
 */
@Module({ controllers: [PostingsController], providers: [PostingsService], exports: [PostingsService] })
export class PostingsModule implements OnApplicationBootstrap {
  constructor(private readonly query: PostingQueryRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.query.startSearchIndex();
  }
}
