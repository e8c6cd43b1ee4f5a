#!/usr/bin/env node
// The browser tests drive Debian's Chromium (no browser download at install time). This makes
// sure it is there before `npm test`: installed with apt-get when we may (root, apt present),
// otherwise a clear message naming the package.
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`Chromium is needed for the browser tests: install the Debian package "chromium" (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log('Installing Chromium for the browser tests (apt-get install chromium)...');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const install = () => spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env }).status === 0;
if (!install()) {
  spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  if (!install()) {
    console.error('apt-get could not install chromium; the browser tests cannot run.');
    process.exit(1);
  }
}
process.exit(existsSync(path) ? 0 : 1);
