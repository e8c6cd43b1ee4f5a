import type Redis from 'ioredis';

const DAY_MS = 24 * 3600_000;

/**
 * Stalled jobs per queue, in Redis so that every API process sees the stalls any worker found.
 * BullMQ announces a stall once, as an event, and keeps no count; queue health needs "how many
 * in the last minutes". The keys live beside the queue's own (same hash tag), not inside its key
 * space, where a job id could collide with them.
 */
export class StallLog {
  constructor(private readonly prefix: string) {}

  key(queue: string): string {
    return `${this.prefix}:queue-health:${queue}:stalled`;
  }

  async record(redis: Redis, queue: string, jobId: string, at: number = Date.now()): Promise<void> {
    const key = this.key(queue);
    await redis
      .multi()
      .zadd(key, at, `${at}-${jobId}`)
      .zremrangebyscore(key, '-inf', at - DAY_MS)
      .pexpire(key, 2 * DAY_MS)
      .exec();
  }

  count(redis: Redis, queue: string, since: number): Promise<number> {
    return redis.zcount(this.key(queue), since, '+inf');
  }
}
