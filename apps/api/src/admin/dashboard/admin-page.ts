import type { Response } from 'express';
import { html, SafeHtml } from '../../auth/web/html';

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2433;background:#f6f7f9}
header{display:flex;gap:1rem;align-items:center;padding:.6rem 1.5rem;background:#1d2433;color:#fff}
header a{color:#fff} header form{margin-left:auto} main{max-width:90rem;margin:1rem auto;padding:0 1.5rem}
h1{margin:.2rem 0} h2{margin:1.5rem 0 .5rem;font-size:1.15rem}
table{width:100%;border-collapse:collapse;background:#fff;font-size:.9rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e2e5ea;vertical-align:top}
.queues{display:grid;grid-template-columns:repeat(auto-fit,minmax(28rem,1fr));gap:1rem}
.card{background:#fff;border-radius:6px;padding:1rem;border:1px solid #e2e5ea}
.verdict{font-weight:700;padding:.1rem .5rem;border-radius:3px;text-transform:uppercase;font-size:.8rem}
.verdict-ok{background:#d7f0dc;color:#14532d} .verdict-degraded{background:#fff1c7;color:#713f12} .verdict-failing{background:#f3d9dc;color:#7f1d1d}
.counts{display:flex;flex-wrap:wrap;gap:.3rem .9rem;margin:.5rem 0;font-size:.9rem} .counts b{font-variant-numeric:tabular-nums}
.chart{min-height:170px} .muted{color:#5b6474} .reasons{margin:.4rem 0;padding-left:1.2rem}
.notice{background:#e7f3e9;border:1px solid #9ccaa5;padding:.5rem .75rem;border-radius:4px}
.alert{background:#fbeaec;border:1px solid #e3a3ab;padding:.5rem .75rem;border-radius:4px}
.flag{color:#7f1d1d;font-weight:700} pre{white-space:pre-wrap;max-height:8rem;overflow:auto;font-size:.75rem;margin:.2rem 0}
button{font:inherit;font-size:.85rem;padding:.2rem .6rem;border-radius:4px;border:1px solid #1f5fbf;background:#1f5fbf;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1f5fbf} form.inline{display:inline}
`;

export interface AdminChrome {
  email: string;
  csrf: string;
}

/** An admin page: its own chrome (links to the dashboard, Bull Board and the API docs) and scripts. */
export function adminLayout(title: string, chrome: AdminChrome, body: SafeHtml, scripts: string[] = []): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · Frontline admin</title>
<link rel="stylesheet" href="/admin/assets/uPlot.min.css"><style>${new SafeHtml(STYLE)}</style>
${scripts.map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body><header><strong>Frontline admin</strong> <a href="/admin">Dashboard</a> <a href="/admin/queues">Queues (Bull Board)</a> <a href="/api/docs">API</a>
<span>${chrome.email}</span>
<form method="post" action="/sign-out"><input type="hidden" name="_csrf" value="${chrome.csrf}"><button class="secondary" type="submit">Sign out</button></form></header>
<main>${body}</main></body></html>`.value;
}

/**
 * Like the other web pages' headers, but scripts from this site may run (the chart and the
 * refresh); nothing inline, nothing from elsewhere.
 */
export function sendAdminPage(res: Response, status: number, body: string): void {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    })
    .send(body);
}

/** JSON for a `<script type="application/json">` data block: `<` escaped so no markup can end the block. */
export function jsonDataBlock(value: unknown): SafeHtml {
  return new SafeHtml(JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
}
