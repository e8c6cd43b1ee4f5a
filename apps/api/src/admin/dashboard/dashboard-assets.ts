import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Asset {
  type: string;
  body: Buffer;
}

// The only files served: a fixed list, never a path from the request.
const SOURCES: Record<string, { type: string; path: () => string }> = {
  'uPlot.iife.min.js': { type: 'text/javascript; charset=utf-8', path: () => require.resolve('uplot/dist/uPlot.iife.min.js') },
  'uPlot.min.css': { type: 'text/css; charset=utf-8', path: () => require.resolve('uplot/dist/uPlot.min.css') },
  'dashboard.js': { type: 'text/javascript; charset=utf-8', path: () => join(__dirname, 'assets', 'dashboard.js') },
};

const cache = new Map<string, Asset>();

/** A dashboard asset by name, read once; undefined for any other name. */
export function dashboardAsset(name: string): Asset | undefined {
  const source = Object.prototype.hasOwnProperty.call(SOURCES, name) ? SOURCES[name] : undefined;
  if (!source) return undefined;
  let asset = cache.get(name);
  if (!asset) {
    asset = { type: source.type, body: readFileSync(source.path()) };
    cache.set(name, asset);
  }
  return asset;
}
