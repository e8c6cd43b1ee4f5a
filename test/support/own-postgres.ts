import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './spawn-app';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl on a spare port, trust auth on
 * loopback), so that a test can restart the database without disturbing the shared server.
 * PostgreSQL refuses to run as root: as root, the cluster is made and run as the `postgres` user.
 */
export interface OwnPostgres {
  readonly port: number;
  /** The server's `postgres` database, as createTestDatabase's serverUrl. */
  readonly serverUrl: string;
  /** Fast shutdown: open connections are cut, in-flight statements fail. */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): void;
}

type Owner = { uid: number; name: string } | null;

function commandLine(owner: Owner, command: string, args: string[]): [string, string[]] {
  return owner ? ['runuser', ['-u', owner.name, '--', command, ...args]] : [command, args];
}

function asOwner(owner: Owner, command: string, args: string[]): string {
  const [file, argv] = commandLine(owner, command, args);
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

/** Without blocking the test's event loop: the apps under test keep running meanwhile. */
async function asOwnerAsync(owner: Owner, command: string, args: string[]): Promise<void> {
  const [file, argv] = commandLine(owner, command, args);
  await promisify(execFile)(file, argv, { timeout: 60_000 });
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const port = await freePort();
  const root = mkdtempSync(join(tmpdir(), 'frontline-pg-'));
  const data = join(root, 'data');
  const owner = process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), name: 'postgres' } : null;
  if (owner) chownSync(root, owner.uid, -1);
  const ctlArgs = (args: string[]) => ['-D', data, '-l', join(root, 'server.log'), ...args];
  const ctl = (...args: string[]) => asOwner(owner, join(PG_BIN, 'pg_ctl'), ctlArgs(args));
  const ctlAsync = (...args: string[]) => asOwnerAsync(owner, join(PG_BIN, 'pg_ctl'), ctlArgs(args));

  asOwner(owner, join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  // Small and quick: the tests need few connections and no durability across machine crashes.
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50 -c shared_buffers=32MB`;
  ctl('-o', options, '-w', '-t', '30', 'start');

  return {
    port,
    serverUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => ctlAsync('-m', 'fast', '-w', '-t', '30', 'stop'),
    start: () => ctlAsync('-o', options, '-w', '-t', '30', 'start'),
    destroy() {
      try {
        ctl('-m', 'immediate', '-w', 'stop');
      } catch {
        // Already stopped.
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
