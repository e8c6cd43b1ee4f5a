import { html } from '../../auth/web/html';
import { MESSAGES, type UiLanguage } from '../i18n/messages';
import { boardLayout, withLang } from './page-layout';

/** A 400, 404 or 503 as a page a reader can act on: what went wrong, and the way back. */
export function errorPage(lang: UiLanguage, status: number, problems: string[]): string {
  const t = MESSAGES[lang];
  const heading = status === 404 ? t.notFound : status === 503 ? t.busy : t.badRequest;
  return boardLayout({
    lang,
    title: heading,
    path: '/',
    body: html`<main id="results" class="error-page" tabindex="-1"><h1>${heading}</h1>
${status === 400 && problems.length > 0 ? html`<ul class="problems">${problems.map((p) => html`<li>${p}</li>`)}</ul>` : ''}
<p><a href="${withLang('/', lang)}">← ${t.backToSearch}</a></p></main>`,
  });
}
