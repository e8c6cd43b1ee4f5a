import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QueueProducer } from './queue-producer';
import { QueueName } from './queue-names';

/** Health of Redis through the queues' own connection, bounded so a hung Redis answers "down" quickly. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly producer: QueueProducer,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'redis', timeoutMs = 2000) {
    const session = this.health.check(key);
    const started = Date.now();
    try {
      // BullMQ's client is an ioredis instance behind a narrow interface.
      const client = (await this.producer.queue(QueueName.Crawl).client) as unknown as { ping(): Promise<string> };
      await Promise.race([
        client.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs).unref()),
      ]);
      return session.up({ latencyMs: Date.now() - started });
    } catch (err) {
      return session.down({ message: (err as Error).message });
    }
  }
}
