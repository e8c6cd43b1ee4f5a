import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ioredisOf, QueueName, QueueProducer } from '@app/queue';
import { evictionPolicyWarning, policyFromInfo } from './eviction-policy';

const CHECK_TIMEOUT_MS = 5000;

/** Warns at start-up when Redis may evict keys, which BullMQ cannot survive. Never blocks the start. */
@Injectable()
export class RedisEvictionPolicyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RedisEvictionPolicyService.name);

  constructor(private readonly producer: QueueProducer) {}

  onApplicationBootstrap(): void {
    void this.check();
  }

  async check(): Promise<string | null> {
    let policy: string | null = null;
    try {
      policy = await Promise.race([
        this.readPolicy(),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), CHECK_TIMEOUT_MS).unref()),
      ]);
    } catch {
      policy = null;
    }
    const warning = evictionPolicyWarning(policy);
    if (warning) this.logger.warn({ msg: warning, maxmemoryPolicy: policy });
    return warning;
  }

  private async readPolicy(): Promise<string | null> {
    const client = await ioredisOf(this.producer.queue(QueueName.Crawl));
    try {
      const reply = (await client.config('GET', 'maxmemory-policy')) as unknown;
      if (Array.isArray(reply) && typeof reply[1] === 'string') return reply[1];
    } catch {
      // Managed Redis services often disable CONFIG; INFO still says.
    }
    return policyFromInfo(await client.info('memory'));
  }
}
