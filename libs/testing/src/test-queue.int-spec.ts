import Redis from 'ioredis';
import { loadConfig } from '@app/config';
import { createTestQueuePrefix, deleteTestQueueKeys } from './test-queue';

describe('test queue prefixes on the real Redis', () => {
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(loadConfig().REDIS_URL);
  });
  afterAll(() => {
    redis.disconnect();
  });

  it('makes unique prefixes that QUEUE_PREFIX accepts', () => {
    const prefixes = Array.from({ length: 50 }, createTestQueuePrefix);
    expect(new Set(prefixes).size).toBe(50);
    for (const prefix of prefixes) expect(loadConfig({ QUEUE_PREFIX: prefix }).QUEUE_PREFIX).toBe(prefix);
  });

  it("deletes every key under one prefix and nothing of another's", async () => {
    const mine = createTestQueuePrefix();
    const other = createTestQueuePrefix();
    const pipeline = redis.pipeline();
    for (let i = 0; i < 2500; i++) pipeline.set(`${mine}:crawl:${i}`, 'x');
    pipeline.hset(`${mine}:normalize:meta`, 'k', 'v');
    pipeline.set(`${other}:crawl:1`, 'keep');
    await pipeline.exec();

    expect(await deleteTestQueueKeys(redis, mine)).toBe(2501);
    expect(await redis.keys(`${mine}:*`)).toEqual([]);
    expect(await redis.get(`${other}:crawl:1`)).toBe('keep');
    await deleteTestQueueKeys(redis, other);
  });

  it('refuses a prefix that was not made for tests', async () => {
    await expect(deleteTestQueueKeys(redis, '{frontline}')).rejects.toThrow(/Refusing to delete keys of "\{frontline\}"/);
    await expect(deleteTestQueueKeys(redis, '{test-*}')).rejects.toThrow(/Refusing/);
  });
});
