import { SourceConfigError } from '../errors';
import type { SourceDefinition } from '../source-adapter';

/** The source's entry URL (jsonld, html, rss), absolute http(s); SourceConfigError("url") otherwise. */
export function requireEntryUrl(source: SourceDefinition): string {
  if (!source.url) throw new SourceConfigError(source.name, 'url', `is required for a ${source.kind} source`);
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    throw new SourceConfigError(source.name, 'url', `"${source.url}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SourceConfigError(source.name, 'url', `must be http or https, not ${url.protocol}`);
  }
  return url.href;
}
