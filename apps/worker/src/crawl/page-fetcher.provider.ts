import { Inject, Injectable, OnApplicationShutdown, type Provider } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { pageFetcherFromConfig } from '@app/crawler';
import { redisOptionsFromUrl } from '@app/queue';
import { PAGE_FETCHER } from './crawl-page.service';

/** The fetcher's own Redis connection (robots, politeness, validators), closed with the app. */
@Injectable()
export class FetcherRedis implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = new Redis({ ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: 3 });
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}

/** One fetcher per process: its robots, politeness and conditional-GET state lives in Redis, shared by all workers. */
export const pageFetcherProvider: Provider = {
  provide: PAGE_FETCHER,
  inject: [APP_CONFIG, FetcherRedis],
  useFactory: (config: AppConfig, redis: FetcherRedis) => pageFetcherFromConfig(config, redis.client),
};
