import { FlowProducer, MetricsTime, Queue, UnrecoverableError, Worker } from 'bullmq';
import Redis from 'ioredis';
import { loadConfig, type AppConfig } from '@app/config';
import { createTestQueuePrefix, deleteTestQueueKeys } from '@app/testing';
import { QueueName } from '../queue-names';
import { QueueProducer } from '../queue-producer';
import { redisOptionsFromUrl } from '../redis-connection';
import { QueueHealthService } from './queue-health.service';

/** Queue health read from a real Redis, with a key space of its own. */
describe('QueueHealthService (real Redis)', () => {
  jest.setTimeout(30_000);

  const base = loadConfig();
  const prefix = createTestQueuePrefix();
  const config = { ...base, QUEUE_PREFIX: prefix } as AppConfig;
  const connection = redisOptionsFromUrl(config.REDIS_URL);
  const crawl = new Queue(QueueName.Crawl, { connection, prefix });
  const normalize = new Queue(QueueName.Normalize, { connection, prefix });
  const flows = new FlowProducer({ connection, prefix });
  const service = new QueueHealthService(new QueueProducer(crawl, normalize, flows), config);
  const workers: Worker[] = [];

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await Promise.all([crawl.close(), normalize.close(), flows.close()]);
    const redis = new Redis(config.REDIS_URL);
    await deleteTestQueueKeys(redis, prefix);
    redis.disconnect();
  });

  it('fails a queue whose waiting job has no worker to run it, saying how old the job is', async () => {
    await crawl.add('CrawlSource', { n: 1 }, { timestamp: Date.now() - 7 * 60_000 });
    const report = await service.report(QueueName.Crawl);
    expect(report).toMatchObject({ reachable: true, workers: 0, verdict: 'failing', reasons: ['oldest waiting job 7 min old with no workers'] });
    expect(report.counts?.waiting).toBe(1);
    expect(report.oldestWaitingAgeSeconds).toBeGreaterThanOrEqual(7 * 60);
  });

  it('counts workers, completed and failed jobs per minute from BullMQ metrics, and judges the failure rate', async () => {
    const worker = new Worker(
      QueueName.Normalize,
      async (job) => {
        if (job.data.fail) throw new UnrecoverableError('bad posting');
        return { ok: true };
      },
      { connection, prefix, metrics: { maxDataPoints: MetricsTime.ONE_HOUR } },
    );
    workers.push(worker);
    await worker.waitUntilReady();
    await normalize.addBulk(Array.from({ length: 10 }, (_, i) => ({ name: 'NormalizePosting', data: { fail: i < 4 }, opts: { attempts: 3 } })));
    await new Promise<void>((resolve) => {
      let finished = 0;
      const done = () => ++finished === 10 && resolve();
      worker.on('completed', done);
      worker.on('failed', done);
    });

    const report = await service.report(QueueName.Normalize);
    expect(report.workers).toBe(1);
    expect(report.counts).toMatchObject({ completed: 6, failed: 4, waiting: 0, active: 0 });
    expect(report.throughput).toMatchObject({ completedLastHour: 6, failedLastHour: 4 });
    expect(report.throughput?.completed).toHaveLength(60);
    // The jobs finished within the last minute or two (a minute boundary may fall in between).
    expect(report.throughput!.completed.slice(-2).reduce((a, b) => a + b, 0)).toBe(6);
    expect(report).toMatchObject({ verdict: 'failing', reasons: ['failure rate 40 % over 15 min (4 of 10 jobs)'] });
  });

  it('counts stalls recorded by workers within the window', async () => {
    const redis = new Redis(config.REDIS_URL);
    try {
      await service.stalls.record(redis, QueueName.Crawl, 'crawl-page-1', Date.now() - 60_000);
      await service.stalls.record(redis, QueueName.Crawl, 'crawl-page-2', Date.now() - 3600_000);
    } finally {
      redis.disconnect();
    }
    const report = await service.report(QueueName.Crawl);
    expect(report.stalledRecently).toBe(1);
    expect(report.reasons).toContain('1 job stalled in the last 15 min (a worker died or blocked)');
  });

  it('reports a paused queue', async () => {
    await crawl.pause();
    const report = await service.report(QueueName.Crawl);
    expect(report.paused).toBe(true);
    expect(report.reasons[0]).toBe('paused by an operator with 1 job held');
    await crawl.resume();
  });
});
