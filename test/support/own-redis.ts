import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort, waitFor } from './spawn-app';

/**
 * A Redis server of the test's own, on a spare port, with append-only persistence in a temporary
 * directory, so that it can be stopped and started again without touching the shared Redis.
 */
export interface OwnRedis {
  readonly port: number;
  readonly url: string;
  /** Graceful shutdown (SIGTERM): Redis writes its append-only file and exits. */
  stop(): Promise<void>;
  /** Starts again on the same port and directory: what was persisted comes back. */
  start(): Promise<void>;
  /** Stops it and deletes its directory. */
  destroy(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'frontline-redis-'));
  let child: ChildProcess | undefined;
  let log = '';

  async function start(): Promise<void> {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
    child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
    await waitFor(
      async () => {
        if (child?.exitCode !== null) throw new Error(`redis-server exited: ${log.slice(-2000)}`);
        const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } finally {
          probe.disconnect();
        }
      },
      10_000,
      `redis-server on port ${port}`,
      100,
    );
  }

  async function stop(): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    await exited;
  }

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
