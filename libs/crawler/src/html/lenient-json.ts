/**
 * JSON.parse for hand-written JSON-LD: when strict parsing fails, repairs what CMSs commonly get
 * wrong (trailing commas, raw newlines and tabs inside strings, `//` and block comments,
 * `<!-- -->` / CDATA wrappers, `\'` escapes) and tries once more. Undefined when still unreadable:
 * one broken block must not break the others.
 */
export function parseLenientJson(text: string): unknown {
  const body = unwrap(text);
  if (!body) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    try {
      return JSON.parse(repair(body));
    } catch {
      return undefined;
    }
  }
}

function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/;\s*$/, '')
    .trim();
}

/** One pass over the text, tracking whether we are inside a string. */
function repair(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') {
        const next = text[i + 1];
        // JSON has no \' escape; a lone backslash before anything else is kept literally.
        if (next === "'") out += "'";
        else if (next !== undefined && '"\\/bfnrtu'.includes(next)) out += ch + next;
        else out += '\\\\' + (next ?? '');
        i++;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (ch < ' ') {
        out += ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : ' ';
      } else {
        out += ch;
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (ch === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 200))) {
      continue;
    } else {
      out += ch;
    }
  }
  return out;
}
