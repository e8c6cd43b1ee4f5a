import sanitizeHtml from 'sanitize-html';

/** Descriptions longer than this (after sanitising) are cut: no real ad needs more. */
export const MAX_DESCRIPTION_CHARS = 100_000;

// A small, fixed vocabulary: structure and emphasis only. No images (tracking pixels), no
// styles, no iframes, no forms; links only to http(s)/mailto and always rel="nofollow noopener".
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'h2', 'h3', 'h4', 'h5', 'blockquote', 'a', 'span', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  transformTags: {
    h1: 'h2',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer', target: '_blank' }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href,
};

const BLOCK_BREAK = /<\/(p|div|li|h[2-5]|tr|blockquote|ul|ol|table)>|<br\s*\/?>/gi;

/** Untrusted HTML or plain text → safe HTML. Plain text keeps its line breaks as paragraphs. */
export function sanitizeDescription(input: string): string {
  const bounded = input.length > MAX_DESCRIPTION_CHARS * 4 ? input.slice(0, MAX_DESCRIPTION_CHARS * 4) : input;
  const looksLikeHtml = /<[a-z][\s\S]*?>/i.test(bounded.slice(0, 20_000));
  const html = looksLikeHtml ? bounded : plainTextToHtml(bounded);
  const clean = sanitizeHtml(html, { ...OPTIONS, allowedAttributes: { ...OPTIONS.allowedAttributes, a: ['href', 'rel', 'target'] } }).trim();
  return clean.length > MAX_DESCRIPTION_CHARS ? sanitizeHtml(clean.slice(0, MAX_DESCRIPTION_CHARS), OPTIONS) : clean;
}

/** Safe HTML → plain text for search and tagging, paragraphs on their own lines. */
export function descriptionToText(safeHtml: string): string {
  const withBreaks = safeHtml.replace(BLOCK_BREAK, '\n');
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeBasicEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function plainTextToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n{2,}/)
    .map((para) => `<p>${para.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
