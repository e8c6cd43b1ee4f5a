// HTML to plain text for TAGGING only (rendering uses the sanitiser of libs/postings).
//
// Written as one forward pass with indexOf instead of regexes: crawled pages are untrusted and
// a tag-stripping regex such as /<[^>]*>/ over "<<<<<<…" is quadratic. Every loop below moves
// its cursor forward, so the cost is linear in the (capped) input.

/** Longest input read; the tail of a larger page is dropped (it is boilerplate in practice). */
export const HTML_INPUT_LIMIT = 262_144;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIPPED_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', minus: '−', bull: '•', middot: '·', hellip: '…', laquo: '«', raquo: '»',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', euro: '€', pound: '£',
  yen: '¥', cent: '¢', dollar: '$', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', shy: '',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', aring: 'å', Aring: 'Å',
  oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ', otilde: 'õ', Otilde: 'Õ', eacute: 'é', Eacute: 'É',
  egrave: 'è', agrave: 'à', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ccedil: 'ç', ntilde: 'ñ',
  scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž',
};

function isTagStart(code: number): boolean {
  // a-z, A-Z, "/", "!", "?"
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 47 || code === 33 || code === 63;
}

function decodeEntity(html: string, at: number): { text: string; next: number } | null {
  // Look only a few characters ahead: an unbounded indexOf per "&" would be quadratic on "&&&&…".
  const semi = html.slice(at + 1, at + 12).indexOf(';') + at + 1;
  if (semi === at) return null;
  const body = html.slice(at + 1, semi);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return null;
    const code = parseInt(digits, hex ? 16 : 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return { text: ' ', next: semi + 1 };
    return { text: String.fromCodePoint(code), next: semi + 1 };
  }
  const named = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
  return named === undefined ? null : { text: named, next: semi + 1 };
}

function tagNameAt(lower: string, from: number): string {
  let end = from;
  while (end < lower.length && end - from < 16) {
    const c = lower.charCodeAt(end);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) end++;
    else break;
  }
  return lower.slice(from, end);
}

/** Plain text of an HTML fragment: tags removed, blocks as line breaks, entities decoded. */
export function htmlToText(html: string, limit = HTML_INPUT_LIMIT): string {
  if (typeof html !== 'string' || html.length === 0) return '';
  const input = html.length > limit ? html.slice(0, limit) : html;
  const lower = input.toLowerCase();
  const parts: string[] = [];
  let textStart = 0;
  let i = 0;
  const flush = (upTo: number): void => {
    if (upTo > textStart) parts.push(input.slice(textStart, upTo));
  };

  while (i < input.length) {
    const c = input.charCodeAt(i);
    if (c === 60 /* < */ && i + 1 < input.length && isTagStart(input.charCodeAt(i + 1))) {
      flush(i);
      if (lower.startsWith('<!--', i)) {
        const close = lower.indexOf('-->', i + 4);
        i = close === -1 ? input.length : close + 3;
        textStart = i;
        continue;
      }
      const closing = input.charCodeAt(i + 1) === 47;
      const name = tagNameAt(lower, i + (closing ? 2 : 1));
      const gt = input.indexOf('>', i + 1);
      i = gt === -1 ? input.length : gt + 1;
      if (!closing && SKIPPED_CONTENT.has(name)) {
        const close = lower.indexOf(`</${name}`, i);
        const closeEnd = close === -1 ? -1 : input.indexOf('>', close);
        i = closeEnd === -1 ? input.length : closeEnd + 1;
      }
      if (name === 'li' && !closing) parts.push('\n• ');
      else if (BLOCK_TAGS.has(name)) parts.push('\n');
      else parts.push(' ');
      textStart = i;
      continue;
    }
    if (c === 38 /* & */) {
      const decoded = decodeEntity(input, i);
      if (decoded) {
        flush(i);
        parts.push(decoded.text);
        i = decoded.next;
        textStart = i;
        continue;
      }
    }
    i++;
  }
  flush(input.length);
  return normalizeWhitespace(parts.join(''));
}

/** Collapses runs of spaces and tabs, trims each line, keeps at most one blank line in a row. */
export function normalizeWhitespace(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let blank = 0;
  for (const line of lines) {
    const t = line.replace(/[ \t\f\v\u00a0\u2000-\u200b\u3000]+/g, ' ').trim();
    if (t === '' || t === '•') {
      blank++;
      if (blank === 1 && out.length > 0) out.push('');
      continue;
    }
    blank = 0;
    out.push(t);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** True when the text holds something that looks like markup or an entity worth decoding. */
export function looksLikeHtml(text: string): boolean {
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    if (at + 1 < text.length && isTagStart(text.charCodeAt(at + 1))) return true;
  }
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    if (decodeEntity(text, at)) return true;
  }
  return false;
}
