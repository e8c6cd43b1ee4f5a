#!/usr/bin/env node
// Runs `prisma generate` on a machine with or without internet.
// The Prisma CLI wants its native schema engine present before any command and otherwise
// downloads it; `generate` never runs that binary. When no engine is installed and none is
// named, we point PRISMA_SCHEMA_ENGINE_BINARY at an existing executable (node itself) so the
// CLI skips the download. Where the real engine is installed it is used unchanged.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const enginesDir = path.join(__dirname, '..', 'node_modules', '@prisma', 'engines');
  const installed = fs.existsSync(enginesDir) && fs.readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));
  if (!installed) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const cli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
