import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ALL_QUEUES } from './queue-names';
import { QueueProducer, RUN_FLOW_PRODUCER } from './queue-producer';
import { redisOptionsFromUrl } from './redis-connection';

@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      // Global: the producer is wanted by every feature module and by the health checks.
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: redisOptionsFromUrl(config.REDIS_URL),
            prefix: config.QUEUE_PREFIX,
          }),
        }),
        ...ALL_QUEUES.map((name) => BullModule.registerQueue({ name })),
        BullModule.registerFlowProducer({ name: RUN_FLOW_PRODUCER }),
      ],
      providers: [QueueProducer],
      exports: [QueueProducer, BullModule],
    };
  }
}
