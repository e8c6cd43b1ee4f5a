import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export interface StaticAsset {
  body: string;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/** The board's stylesheet and script, read once at start-up: two small files need no static server. */
export function loadStaticAssets(dir = join(__dirname, 'static')): Map<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const name of ['board.css', 'board.js']) {
    const body = readFileSync(join(dir, name), 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
    assets.set(name, { body, type: TYPES[name.split('.').pop()!], etag });
  }
  return assets;
}
