import type { Response } from 'express';
import { html, SafeHtml } from '../../auth/web/html';
import { MESSAGES, UI_LANGUAGES, type UiLanguage } from '../i18n/messages';

export interface BoardPage {
  lang: UiLanguage;
  title: string;
  /** The current URL without `lang`, for the language switch. */
  path: string;
  /** Extra head content (JSON-LD, canonical link). */
  head?: SafeHtml;
  body: SafeHtml;
}

/** `path` with `lang` set, for links that keep the reader's language. */
export function withLang(path: string, lang: UiLanguage): string {
  const url = new URL(path, 'http://board.invalid');
  url.searchParams.set('lang', lang);
  return url.pathname + url.search;
}

export function boardLayout(page: BoardPage): string {
  const t = MESSAGES[page.lang];
  const switcher = UI_LANGUAGES.map((l) =>
    l === page.lang
      ? html`<li><span aria-current="true" lang="${l}">${MESSAGES[l].languageName}</span></li>`
      : html`<li><a href="${withLang(page.path, l)}" hreflang="${l}" lang="${l}">${MESSAGES[l].languageName}</a></li>`,
  );
  return html`<!doctype html>
<html lang="${page.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${page.title} · Frontline</title>
<link rel="stylesheet" href="/static/board.css">
<script src="/static/board.js" defer></script>
${page.head ?? ''}</head>
<body>
<a class="skip" href="#results">${t.skipToResults}</a>
<header class="site"><a class="brand" href="${withLang('/', page.lang)}">Frontline</a><span class="tagline">${t.tagline}</span>
<nav aria-label="${t.uiLanguage}"><ul class="langs">${switcher}</ul></nav></header>
${page.body}
</body></html>`.value;
}

/**
 * Sends a board page. Scripts and styles only from this origin; the JSON-LD block is data, not
 * script, so the policy does not need to allow inline scripts.
 */
export function sendBoardPage(res: Response, status: number, body: string, cache = 'no-cache'): void {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cache-Control': cache,
      Vary: 'Accept-Language',
    })
    .send(body);
}
