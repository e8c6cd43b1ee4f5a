import type { CheerioAPI } from 'cheerio';
import { parseLenientJson } from './lenient-json';

export type JsonLdNode = Record<string, unknown>;

// A page is untrusted: bound how far and how much we walk.
const MAX_DEPTH = 12;
const MAX_FOUND = 500;

/** Every `<script type="application/ld+json">` block that parses (each on its own). */
export function readJsonLdBlocks($: CheerioAPI): unknown[] {
  const blocks: unknown[] = [];
  $('script[type]').each((_, el) => {
    const type = ($(el).attr('type') ?? '').toLowerCase().split(';')[0].trim();
    if (type !== 'application/ld+json') return;
    const value = parseLenientJson($(el).text());
    if (value !== undefined) blocks.push(value);
  });
  return blocks;
}

// Script elements are raw text in HTML: their content ends at the first `</script`, and holds no
// entities to decode. So a page's JSON-LD can be read without building its DOM.
const LD_JSON_TYPE = /\btype\s*=\s*(?:"\s*application\/ld\+json\s*(?:;[^"]*)?"|'\s*application\/ld\+json\s*(?:;[^']*)?'|application\/ld\+json(?=[\s>;/]|$))/i;

/**
 * The same blocks as readJsonLdBlocks, from the page's text with no DOM: several times faster on
 * a posting page, where the JSON-LD is all we read. A scan with indexOf, linear on any input.
 */
export function readJsonLdBlocksFromHtml(html: string): unknown[] {
  const blocks: unknown[] = [];
  const lower = html.toLowerCase();
  let pos = 0;
  for (;;) {
    const open = lower.indexOf('<script', pos);
    if (open === -1) break;
    const after = lower.charCodeAt(open + 7);
    // "<scripts>" or "<script-x>" is another element.
    if (!(after === 0x3e || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d || after === 0x0c || after === 0x2f)) {
      pos = open + 7;
      continue;
    }
    const tagEnd = lower.indexOf('>', open + 7);
    if (tagEnd === -1) break;
    const close = lower.indexOf('</script', tagEnd + 1);
    if (close === -1) break;
    if (LD_JSON_TYPE.test(html.slice(open + 7, tagEnd))) {
      const value = parseLenientJson(html.slice(tagEnd + 1, close));
      if (value !== undefined) blocks.push(value);
    }
    pos = close + 8;
  }
  return blocks;
}

/** True when a node's @type (a string or an array, maybe a full IRI) names `type`. */
export function hasType(node: JsonLdNode, type: string): boolean {
  const raw = node['@type'] ?? node.type;
  const types = Array.isArray(raw) ? raw : [raw];
  return types.some((t) => typeof t === 'string' && t.replace(/^(https?:\/\/schema\.org\/|schema:)/i, '') === type);
}

/**
 * Nodes of a schema.org type anywhere in the blocks: top level, inside arrays and @graph,
 * or nested (an ItemList's itemListElement, a WebPage's mainEntity). A match is not searched
 * further, so a JobPosting's own parts are never taken for postings.
 */
export function findJsonLdNodes(blocks: unknown[], type: string): JsonLdNode[] {
  const found: JsonLdNode[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH || found.length >= MAX_FOUND || value === null || typeof value !== 'object') return;
    if (seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    const node = value as JsonLdNode;
    if (hasType(node, type)) {
      found.push(node);
      return;
    }
    for (const child of Object.values(node)) walk(child, depth + 1);
  };
  for (const block of blocks) walk(block, 0);
  return found;
}
