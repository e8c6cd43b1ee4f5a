// Turning bytes into text the way browsers would, minus the full sniffing algorithm:
// the Content-Type charset wins, then a byte-order mark, then an XML declaration or an HTML
// <meta charset> near the top, then UTF-8. Unknown labels fall back to UTF-8 rather than fail.

const SNIFF_BYTES = 2048;

export function decodeBody(body: Buffer, contentType: string): string {
  const label = charsetOf(contentType) ?? bomCharset(body) ?? declaredCharset(body) ?? 'utf-8';
  return decoderFor(label).decode(body);
}

export function charsetOf(contentType: string): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return m ? m[1].toLowerCase() : undefined;
}

function bomCharset(body: Buffer): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function declaredCharset(body: Buffer): string | undefined {
  // latin1 maps bytes 1:1, so ASCII markup reads the same whatever the real encoding.
  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  const meta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : undefined;
}

const utf8 = new TextDecoder('utf-8');
// Keyed by valid labels only (a few dozen exist), so hostile headers cannot grow it.
const decoders = new Map<string, TextDecoder>([['utf-8', utf8]]);

function decoderFor(label: string): TextDecoder {
  const cached = decoders.get(label);
  if (cached) return cached;
  try {
    const decoder = new TextDecoder(label);
    decoders.set(label, decoder);
    return decoder;
  } catch {
    return utf8;
  }
}
