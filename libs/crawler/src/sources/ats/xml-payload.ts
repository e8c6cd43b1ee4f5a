import { XMLParser, type ProcessEntitiesOptions } from 'fast-xml-parser';
import { PermanentPageError } from '../../errors';
import type { FetchedPage } from '../../source-adapter';
import { preview } from './json-payload';

/** Element names that repeat in the feeds we read; always arrays, even when there is one. */
const REPEATED = new Set(['position', 'jobDescription', 'office', 'item', 'entry', 'link', 'category']);

// Lenient on purpose: real feeds carry stray `&` and HTML entities that a strict validator
// rejects. `htmlEntities` decodes `&#8217;` and `&nbsp;` once, leaving escaped markup
// (`&amp;lt;`) escaped. Only entities a document declares in its DOCTYPE count against the
// expansion limits (no billion-laughs): a large feed legitimately holds far more than
// 10 000 `&lt;`, and counting those would reject it.
// `appliesTo` is read by fast-xml-parser 5.12 (OptionsBuilder) but missing from its typings;
// xml-payload.spec.ts pins the behaviour.
const entityLimits: ProcessEntitiesOptions & { appliesTo: 'external' } = {
  enabled: true,
  appliesTo: 'external',
  maxEntityCount: 100,
  maxEntitySize: 1_000,
  maxTotalExpansions: 10_000,
  maxExpandedLength: 1_000_000,
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: entityLimits,
  isArray: (name) => REPEATED.has(name),
});

/** The page body as an XML tree; unparseable XML is a PermanentPageError. */
export function parseXmlPayload(page: FetchedPage, vendor: string): Record<string, unknown> {
  try {
    return parser.parse(page.body) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PermanentPageError(`${vendor}: ${page.url} did not answer parseable XML (${reason}); first bytes: ${preview(page.body)}`);
  }
}

/** Text of an element that may carry attributes (`{ '#text': ..., '@_x': ... }`) or be a plain value. */
export function xmlText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return xmlText((value as Record<string, unknown>)['#text']);
  }
  if (Array.isArray(value)) return xmlText(value[0]);
  return undefined;
}
