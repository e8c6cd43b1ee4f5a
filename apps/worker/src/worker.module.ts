import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, loggerParams, type AppConfig } from '@app/config';
import { DbModule } from '@app/db';
import { QueueModule } from '@app/queue';
import { HealthModule } from '@app/health';
import { RunStatsService } from './batching/run-stats.service';
import { PostingWriterService } from './batching/posting-writer.service';
import { CrawlProcessor } from './crawl/crawl.processor';
import { CrawlRunService } from './crawl/crawl-run.service';
import { CrawlPageService, PAGE_FETCHER } from './crawl/crawl-page.service';
import { SourceCache } from './crawl/source-cache';
import { FetcherRedis, pageFetcherProvider } from './crawl/page-fetcher.provider';
import { NormalizeProcessor } from './normalize/normalize.processor';
import { NormalizeService } from './normalize/normalize.service';
import { EmployerDirectoryService } from './normalize/employer-directory.service';
import { CrawlScheduler } from './scheduler/crawl.scheduler';
import { SourcesFileService } from './scheduler/sources-file.service';
import { WorkerMetricsModule } from './metrics/worker-metrics.module';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config, 'worker', false)),
        ScheduleModule.forRoot(),
        HealthModule,
        DbModule,
        QueueModule.forRoot(),
        WorkerMetricsModule,
      ],
      providers: [
        FetcherRedis,
        pageFetcherProvider,
        RunStatsService,
        PostingWriterService,
        SourceCache,
        CrawlRunService,
        CrawlPageService,
        CrawlProcessor,
        EmployerDirectoryService,
        NormalizeService,
        NormalizeProcessor,
        SourcesFileService,
        CrawlScheduler,
      ],
      exports: [PAGE_FETCHER],
    };
  }
}
