import type { Response } from 'express';

/** HTML that is safe to emit as is: built by `html` (which escapes) or sanitised beforehand. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * Escapes every interpolated value unless it is SafeHtml (arrays are rendered item by item), so a
 * template cannot forget to escape.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i += 1) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Marks already-sanitised HTML (e.g. a description through sanitizeDescription) as safe. */
export function trustedHtml(sanitized: string): SafeHtml {
  return new SafeHtml(sanitized);
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2433;background:#f6f7f9}
header{display:flex;gap:1rem;align-items:center;padding:.75rem 1.5rem;background:#1d2433;color:#fff}
header a{color:#fff} header form{margin-left:auto} main{max-width:60rem;margin:1.5rem auto;padding:0 1.5rem}
a{color:#1f5fbf} table{width:100%;border-collapse:collapse;background:#fff}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #e2e5ea;vertical-align:top}
form.stack{display:grid;gap:.9rem;max-width:40rem;background:#fff;padding:1.25rem;border-radius:6px}
label{display:grid;gap:.25rem;align-content:start;font-weight:600} input,select,textarea{font:inherit;padding:.4rem;border:1px solid #b8bfca;border-radius:4px}
textarea{min-height:12rem} .row{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;align-items:start}
.error{color:#a11d2b;font-weight:400} [aria-invalid=true]{border-color:#a11d2b}
.notice{background:#e7f3e9;border:1px solid #9ccaa5;padding:.75rem;border-radius:4px}
.alert{background:#fbeaec;border:1px solid #e3a3ab;padding:.75rem;border-radius:4px}
.status{font-size:.85rem;padding:.1rem .45rem;border-radius:3px;background:#e2e5ea}
.status-open{background:#d7f0dc} .status-closed{background:#f3d9dc} .status-pending{background:#fff1c7}
button{font:inherit;padding:.4rem .9rem;border-radius:4px;border:1px solid #1f5fbf;background:#1f5fbf;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1f5fbf} .inline{display:inline}
`;

export interface PageChrome {
  title: string;
  /** Shown in the header with a sign-out button when present. */
  signedInAs?: { email: string; csrf: string };
  body: SafeHtml;
}

export function layout(page: PageChrome): string {
  const account = page.signedInAs
    ? html`<span>${page.signedInAs.email}</span>
        <form method="post" action="/sign-out"><input type="hidden" name="_csrf" value="${page.signedInAs.csrf}"><button class="secondary" type="submit">Sign out</button></form>`
    : '';
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${page.title} · Frontline</title><style>${new SafeHtml(STYLE)}</style></head>
<body><header><strong>Frontline</strong> <a href="/recruiter/postings">Postings</a> ${account}</header>
<main>${page.body}</main></body></html>`.value;
}

/**
 * Sends a page with headers that keep it inert even if something slipped through: no script may
 * run, no frame may embed it, forms post only here.
 */
export function sendPage(res: Response, status: number, body: string): void {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    })
    .send(body);
}
