#!/usr/bin/env node
// Adds lockfile records for the other platforms' binary packages (e.g. @swc/core-darwin-arm64).
//
// Why: the npm registry mirror on our machines serves only the Linux builds of such packages, so
// `npm install` leaves the others out of package-lock.json, and `npm ci` then refuses the lockfile
// ("Missing: @swc/core-darwin-arm64@ from lock file"). With a record that names the package's os
// and cpu, `npm ci` sees it is for another platform and skips it, as it does on any machine.
// Run after `npm install` changes the lockfile: `node scripts/lockfile-platform-optionals.js`.
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'netbsd', 'openbsd', 'sunos', 'aix'];
const CPU = [
  [/(^|-)arm64(-|$)/, 'arm64'],
  [/(^|-)x64(-|$)/, 'x64'],
  [/(^|-)ia32(-|$)/, 'ia32'],
  [/(^|-)arm(-|$)|gnueabihf|musleabihf|arm-eabi/, 'arm'],
  [/ppc64/, 'ppc64'],
  [/s390x/, 's390x'],
  [/riscv64/, 'riscv64'],
  [/loong64/, 'loong64'],
];

function platformOf(name) {
  const base = name.split('/').pop();
  const os = OS.find((o) => new RegExp(`(^|-)${o}(-|$)`).test(base));
  const cpu = CPU.find(([re]) => re.test(base))?.[1];
  if (!os || !cpu) return null;
  const libc = os === 'linux' ? (/musl/.test(base) ? ['musl'] : /gnu/.test(base) ? ['glibc'] : undefined) : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [key, record] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(record.optionalDependencies ?? {})) {
    const hoisted = `node_modules/${name}`;
    const nested = `${key ? `${key}/` : ''}node_modules/${name}`;
    if (packages[hoisted] || packages[nested]) continue;
    const platform = platformOf(name);
    if (!platform) continue; // not a per-platform binary: leave it to npm
    const version = String(spec).replace(/^[\^~=]/, '');
    packages[hoisted] = { version, ...(record.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile: ${added} platform package record(s) added`);
