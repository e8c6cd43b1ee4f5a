import type { AnyNode } from 'domhandler';
import { collapseWhitespace } from './text';

// Elements whose edges separate words: `<p>Tallinn</p><p>Estonia</p>` reads "Tallinn Estonia",
// not "TallinnEstonia" as cheerio's .text() would give.
const BREAKS = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dd', 'dt', 'dl', 'tr', 'td', 'th', 'table', 'section', 'article',
  'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'blockquote', 'pre', 'hr', 'option',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** Readable text of nodes: words kept apart at block edges, scripts skipped, whitespace collapsed. */
export function elementText(nodes: readonly AnyNode[]): string {
  const parts: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      parts.push((node as unknown as { data: string }).data);
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as unknown as { name: string; children: AnyNode[] };
    if (SKIP.has(el.name)) return;
    const breaks = BREAKS.has(el.name);
    if (breaks) parts.push(' ');
    for (const child of el.children) walk(child);
    if (breaks) parts.push(' ');
  };
  for (const node of nodes) {
    if (node.type === 'root') for (const child of (node as unknown as { children: AnyNode[] }).children) walk(child);
    else walk(node);
  }
  return collapseWhitespace(parts.join(''));
}
