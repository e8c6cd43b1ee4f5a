import { Module } from '@nestjs/common';
import { PostingsModule } from '../postings/postings.module';
import { BoardController } from './board.controller';

/** The job seekers' web board: search page `/`, job pages `/jobs/:id`, and their CSS and JS. */
@Module({ imports: [PostingsModule], controllers: [BoardController] })
export class WebModule {}
