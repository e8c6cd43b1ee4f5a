import { Module } from '@nestjs/common';
import { PostingNormalizer } from './posting-normalizer.service';
import { RecruiterPostingsController } from './recruiter-postings.controller';
import { RecruiterPostingsService } from './recruiter-postings.service';
import { RecruiterPagesController } from './web/recruiter-pages.controller';

/** Recruiters' postings: the JSON API and the web pages. Auth and repositories come from global modules. */
@Module({
  controllers: [RecruiterPostingsController, RecruiterPagesController],
  providers: [PostingNormalizer, RecruiterPostingsService],
})
export class RecruiterModule {}
