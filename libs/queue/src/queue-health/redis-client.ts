import type { Queue, Worker } from 'bullmq';
import type Redis from 'ioredis';

/**
 * The ioredis client behind a BullMQ queue or worker. BullMQ types it as a narrow interface of
 * the commands it uses itself; the object is an ioredis instance (or Cluster, which has the
 * same commands) made from our connection options.
 */
export async function ioredisOf(owner: Queue | Worker): Promise<Redis> {
  return (await owner.client) as unknown as Redis;
}
