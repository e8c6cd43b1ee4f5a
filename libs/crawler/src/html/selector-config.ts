import { SourceConfigError } from '../errors';
import type { HtmlSelectors, SourceDefinition } from '../source-adapter';
import { loadHtml } from './load-html';

const MAX_SELECTOR_LENGTH = 500;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
// Parsed once: trying a selector against an empty document is how we learn whether it parses.
const probe = loadHtml('<html><body></body></html>');

/**
 * The `selectors` of an html source, checked: item and fields.title present, every selector
 * parses (cheerio's extensions such as :contains() included). Errors name the field, e.g.
 * `selectors.fields.location`.
 */
export function readSelectors(source: SourceDefinition): HtmlSelectors {
  const raw = source.selectors as unknown;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SourceConfigError(source.name, 'selectors', 'is required for an html source (item, fields.title, ...)');
  }
  const s = raw as Record<string, unknown>;
  const item = selector(source, 'selectors.item', s.item, true)!;
  const link = selector(source, 'selectors.link', s.link, false);
  const next = selector(source, 'selectors.next', s.next, false);
  const rawFields = s.fields;
  if (!rawFields || typeof rawFields !== 'object' || Array.isArray(rawFields)) {
    throw new SourceConfigError(source.name, 'selectors.fields', 'is required and must map field names to selectors');
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(rawFields as Record<string, unknown>)) {
    if (!FIELD_NAME.test(name)) {
      throw new SourceConfigError(source.name, `selectors.fields.${name.slice(0, 40)}`, 'is not a valid field name');
    }
    fields[name] = selector(source, `selectors.fields.${name}`, value, name === 'title')!;
  }
  if (!fields.title) throw new SourceConfigError(source.name, 'selectors.fields.title', 'is required');
  return { item, link, next, fields: fields as HtmlSelectors['fields'] };
}

function selector(source: SourceDefinition, field: string, value: unknown, required: boolean): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) throw new SourceConfigError(source.name, field, 'is required');
    return undefined;
  }
  if (typeof value !== 'string') throw new SourceConfigError(source.name, field, 'must be a CSS selector string');
  const text = value.trim();
  if (!text) throw new SourceConfigError(source.name, field, 'must not be blank');
  if (text.length > MAX_SELECTOR_LENGTH) {
    throw new SourceConfigError(source.name, field, `is longer than ${MAX_SELECTOR_LENGTH} characters`);
  }
  try {
    probe(text);
  } catch (err) {
    throw new SourceConfigError(source.name, field, `"${text}" is not a valid CSS selector (${(err as Error).message})`);
  }
  return text;
}
