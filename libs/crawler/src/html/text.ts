import { loadHtml } from './load-html';

/** Collapses runs of whitespace (incl. no-break spaces) and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Plain text of a value that may hold tags or entities ("Agent &amp; Advisor",
 * "<b>Agent</b>"): tags dropped, entities decoded once, whitespace collapsed.
 */
export function plainText(value: string): string {
  if (!/[<&]/.test(value)) return collapseWhitespace(value);
  return collapseWhitespace(loadHtml(value).root().text());
}

/**
 * Decodes entities once when a value is HTML written as entities ("&lt;p&gt;Hi&lt;/p&gt;", as
 * JSON-LD and some ATS APIs do); real HTML or plain text is returned unchanged, so that decoding
 * never turns an escaped "&lt;script&gt;" inside real HTML into a live tag.
 */
export function unescapeHtmlOnce(value: string): string {
  if (value.includes('<') || !/&(lt|#0*60|#x0*3c);/i.test(value)) return value;
  return loadHtml(value).root().text();
}

/** An absolute http(s) URL without its fragment, or undefined when unusable. */
export function absoluteHttpUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (!trimmed || /^(javascript|mailto|tel|data):/i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** Same site: same host name, ignoring a leading "www." and the scheme. */
export function sameSite(a: string, b: string): boolean {
  try {
    const host = (u: string) => new URL(u).hostname.toLowerCase().replace(/^www\./, '');
    return host(a) === host(b);
  } catch {
    return false;
  }
}
