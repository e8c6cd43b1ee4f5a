import { escapeHtml } from './html-escape';

export interface ShellOptions {
  lang: string;
  title: string;
  siteName: string;
  /** Root-relative URL of the site's home (its first listing page). */
  home: string;
  canonical?: string;
  metaDescription?: string;
  /** Extra markup for <head>: JSON-LD scripts, rel=next/prev links. */
  head?: string;
  main: string;
  footerLinks?: string;
}

const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;background:#f6f7f9}
header.site{background:#0b2545;color:#fff;padding:0 24px;display:flex;align-items:center;gap:24px;height:64px}
header.site a{color:#fff;text-decoration:none}
nav.primary ul{display:flex;gap:18px;list-style:none;margin:0;padding:0}
main{max-width:960px;margin:24px auto;padding:0 16px}
.job-card{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:16px;margin:0 0 12px}
.job-meta{color:#5b6474;font-size:14px}
.pagination{display:flex;gap:12px;margin:24px 0}
.apply{display:inline-block;background:#13315c;color:#fff;padding:10px 18px;border-radius:6px}
footer.site{background:#0b2545;color:#cfd6e4;padding:24px;font-size:14px}
footer.site a{color:#cfd6e4}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:1px solid #ccc;padding:12px}
`;

export function renderShell(o: ShellOptions): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(o.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)}</title>
${o.metaDescription ? `<meta name="description" content="${escapeHtml(o.metaDescription)}">` : ''}
${o.canonical ? `<link rel="canonical" href="${escapeHtml(o.canonical)}">` : ''}
<style>${STYLE}</style>
${o.head ?? ''}
</head>
<body>
<header class="site">
  <a class="brand" href="${escapeHtml(o.home)}">${escapeHtml(o.siteName)}</a>
  <nav class="primary" aria-label="Main">
    <ul>
      <li><a href="${escapeHtml(o.home)}">Jobs</a></li>
      <li><a href="${escapeHtml(o.home)}#life">Life with us</a></li>
      <li><a href="${escapeHtml(o.home)}#students">Students &amp; graduates</a></li>
      <li><a href="${escapeHtml(o.home)}#locations">Locations</a></li>
    </ul>
  </nav>
</header>
<main>
${o.main}
</main>
<footer class="site">
  <p>${escapeHtml(o.siteName)} · <a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a> · <a href="/accessibility/">Accessibility</a></p>
  ${o.footerLinks ?? ''}
</footer>
<div class="cookie-banner" role="dialog" aria-label="Cookies">We use cookies to improve your experience. <button type="button">Accept</button> <button type="button">Reject</button></div>
</body>
</html>
`;
}
