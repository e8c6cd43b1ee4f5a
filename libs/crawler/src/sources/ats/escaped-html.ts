// Greenhouse sends `content` HTML-escaped ("&lt;p&gt;Hello&amp;nbsp;world&lt;/p&gt;"). Decoding
// must happen exactly once: the escaped text's own entities (`&amp;nbsp;` → `&nbsp;`) stay HTML
// entities for the sanitiser, so a single left-to-right pass over the escaper's vocabulary
// (the five XML entities plus numeric references) is the whole job.
const ESCAPE_ENTITY = /&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEscapedHtml(text: string): string {
  return text.replace(ESCAPE_ENTITY, (whole, name: string) => {
    const named = NAMED[name.toLowerCase()];
    if (named !== undefined) return named;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return isValidCodePoint(code) ? String.fromCodePoint(code) : whole;
  });
}

/** True when the text holds escaped markup and no raw markup: it needs decoding once. */
export function looksEscaped(text: string): boolean {
  return /&lt;\/?[a-z]/i.test(text) && !/<\/?[a-z][^>]*>/i.test(text);
}

/** HTML that some APIs escape and others do not: decode only when it is escaped. */
export function unescapeHtmlOnce(text: string): string {
  return looksEscaped(text) ? decodeEscapedHtml(text) : text;
}

function isValidCodePoint(code: number): boolean {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}
