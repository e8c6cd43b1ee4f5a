#!/usr/bin/env node
// `npm run demo`: prepares the database (create, migrate, seed), then runs demo-boards, the API
// and the worker together, crawling the demo boards at once. Ctrl-C stops all three cleanly.
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const env = {
  SOURCES_FILE: path.join(root, 'apps/demo-boards/sources.demo.yaml'),
  // The demo boards run on this machine: let the crawler reach loopback, and crawl them fast.
  CRAWL_ALLOWED_HOSTS: '127.0.0.1,localhost',
  CRAWL_HOST_RPS: '25',
  SCHEDULER_TICK_MS: '2000',
  ...process.env,
};
const tsNode = (file) => [process.execPath, ['-r', '@swc-node/register', path.join(root, file)]];

for (const step of ['scripts/db-create.ts', 'scripts/db-migrate.ts', 'prisma/seed.ts']) {
  const [cmd, args] = tsNode(step);
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`demo: ${step} failed (exit ${result.status}); is PostgreSQL running at ${env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/frontline'}?`);
    process.exit(result.status || 1);
  }
}

const children = [];
let stopping = false;

function start(name, file) {
  const [cmd, args] = tsNode(file);
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`.padEnd(14);
  const relay = (stream) => {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) if (line.trim()) process.stdout.write(`${prefix}${line}\n`);
    });
  };
  relay(child.stdout);
  relay(child.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`demo: ${name} exited (${signal || code}); stopping the others`);
      stop(code || 1);
    }
  });
  children.push(child);
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const force = setTimeout(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 10_000);
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => {
    clearTimeout(force);
    process.exit(code);
  });
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('demo-boards', 'apps/demo-boards/src/main.ts');
start('api', 'apps/api/src/main.ts');
start('worker', 'apps/worker/src/main.ts');
const apiPort = env.API_PORT || 3000;
console.log(`demo: starting; postings appear at http://127.0.0.1:${apiPort}/api/jobs within a minute (Ctrl-C stops)`);
