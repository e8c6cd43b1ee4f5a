/**
 * A BullMQ key space of its own per test file, on the real Redis.
 *
 *   const prefix = createTestQueuePrefix();            // e.g. "{test-3f9c0a1b7d2e}"
 *   const config = loadConfig({ ...process.env, QUEUE_PREFIX: prefix });
 *   ...
 *   afterAll(() => deleteTestQueueKeys(redis, prefix)); // removes every "<prefix>:*" key
 *
 * The braces make the prefix a Redis Cluster hash tag, as QUEUE_PREFIX requires.
 */
import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';

const TEST_PREFIX = /^\{test-[a-z0-9-]+\}$/;

export function createTestQueuePrefix(): string {
  return `{test-${randomBytes(6).toString('hex')}}`;
}

/**
 * Deletes every key under `prefix` (BullMQ names them `<prefix>:<queue>:...`) and returns how
 * many. Only test prefixes are accepted, so that a mistake cannot empty a real queue.
 */
export async function deleteTestQueueKeys(redis: Redis, prefix: string): Promise<number> {
  if (!TEST_PREFIX.test(prefix)) {
    throw new Error(`Refusing to delete keys of "${prefix}": not a prefix made by createTestQueuePrefix()`);
  }
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    // UNLINK frees memory in the background; a test's teardown need not wait for it.
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}
