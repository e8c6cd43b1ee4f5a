import { sanitizeDescription } from '@app/postings';
import { roleLabel, seniorityLabel, type Role, type Seniority } from '@app/taxonomy';
import { html, SafeHtml, trustedHtml } from '../../auth/web/html';
import type { PostingDetail } from '../board.types';
import { countryName, formatAge, formatDate, formatMoney, languageName } from '../i18n/format';
import { MESSAGES, type Messages, type UiLanguage } from '../i18n/messages';
import { jobPostingJsonLd, jsonLdScriptBody } from '../job-posting-json-ld';
import { boardLayout, withLang } from './page-layout';

export interface JobPageInput {
  lang: UiLanguage;
  posting: PostingDetail;
  /** Absolute URL of this page, for the JSON-LD and the canonical link. */
  pageUrl: string;
  baseCurrency: string;
  now: number;
}

/** Each distinct apply link, the posting's own first, with the source that gave it. */
function applyLinks(posting: PostingDetail): { url: string; via: string | null }[] {
  const links: { url: string; via: string | null }[] = [];
  const add = (url: string | null | undefined, via: string | null) => {
    if (url && /^https?:\/\//i.test(url) && !links.some((l) => l.url === url)) links.push({ url, via });
  };
  add(posting.applyUrl, null);
  for (const s of posting.sources) if (!s.goneAt) add(s.applyUrl ?? s.url, s.source.name);
  return links;
}

function salaryLine(posting: PostingDetail, t: Messages, lang: UiLanguage, baseCurrency: string): SafeHtml | '' {
  const annual = posting.salaryAnnual === null ? null : Number(String(posting.salaryAnnual));
  if (!posting.salaryRaw && annual === null) return '';
  return html`<dt>${t.salary}</dt><dd>${posting.salaryRaw ?? ''}${annual !== null ? html` <span class="normalised">(≈ ${formatMoney(lang, annual, baseCurrency)} ${t.perYear})</span>` : ''}</dd>`;
}

export function jobPage(input: JobPageInput): string {
  const { lang, posting } = input;
  const t = MESSAGES[lang];
  const place = [posting.city, posting.region, posting.country ? countryName(lang, posting.country) : null].filter(Boolean).join(', ');
  const when = posting.postedAt ?? posting.createdAt;
  const tags = [
    ...posting.roles.map((r) => roleLabel(r as Role, lang)),
    ...(posting.seniority ? [seniorityLabel(posting.seniority as Seniority, lang)] : []),
    ...(posting.remoteMode ? [t.remoteModes[posting.remoteMode]] : []),
    ...posting.shifts.map((s) => t.shifts[s]),
  ];
  const links = applyLinks(posting);
  // Stored descriptions are sanitised on the way in; sanitising again on the way out costs little
  // and keeps a row written by any other path from ever reaching a reader as markup.
  const description = trustedHtml(sanitizeDescription(posting.description));
  const jsonLd = new SafeHtml(`<script type="application/ld+json">${jsonLdScriptBody(jobPostingJsonLd({ ...posting, description: description.value }, input.pageUrl))}</script>`);
  return boardLayout({
    lang,
    title: `${posting.title} – ${posting.employer?.displayName ?? posting.employerName}`,
    path: `/jobs/${posting.id}`,
    head: html`<link rel="canonical" href="${input.pageUrl}">${jsonLd}`,
    body: html`<main id="results" class="job-page" tabindex="-1">
  <p><a href="${withLang('/', lang)}" class="back">← ${t.backToSearch}</a></p>
  <article>
    <h1>${posting.title}</h1>
    <p class="meta"><span class="employer">${posting.employer?.displayName ?? posting.employerName}</span>${place ? html` · <span class="place">${place}</span>` : ''}</p>
    <p class="apply">${links.map((l, i) => html`<a class="button${i > 0 ? ' secondary' : ''}" href="${l.url}" rel="nofollow noopener" target="_blank">${l.via ? t.applyVia(l.via) : t.apply}</a> `)}</p>
    <h2>${t.details}</h2>
    <dl class="details">
      ${place ? html`<dt>${t.location}</dt><dd>${place}</dd>` : ''}
      ${salaryLine(posting, t, lang, input.baseCurrency)}
      ${posting.employmentType ? html`<dt>${t.employmentType}</dt><dd>${t.employmentTypes[posting.employmentType] ?? posting.employmentType}</dd>` : ''}
      ${posting.spokenLanguages.length > 0 ? html`<dt>${t.requiredLanguages}</dt><dd>${posting.spokenLanguages.map((l) => languageName(lang, l)).join(', ')}</dd>` : ''}
      <dt>${t.posted}</dt><dd><time datetime="${when.toISOString()}">${formatAge(lang, when, input.now)}</time></dd>
      ${posting.validThrough ? html`<dt>${t.validThrough}</dt><dd><time datetime="${posting.validThrough.toISOString()}">${formatDate(lang, posting.validThrough)}</time></dd>` : ''}
    </dl>
    ${tags.length > 0 ? html`<p class="tags" aria-label="${t.details}">${tags.map((tag) => html`<span class="tag">${tag}</span>`)}</p>` : ''}
    <h2>${t.aboutJob}</h2>
    <div class="description"${posting.language ? html` lang="${posting.language}"` : ''}>${description}</div>
    <h2>${t.sources}</h2>
    <ul class="sources">${posting.sources.map(
      (s) => html`<li><a href="${/^https?:\/\//i.test(s.url) ? s.url : '#'}" rel="nofollow noopener">${s.source.name}</a>
        — ${t.firstSeen} ${formatDate(lang, s.firstSeenAt)}, ${t.lastSeen} ${formatDate(lang, s.lastSeenAt)}</li>`,
    )}</ul>
  </article>
</main>`,
  });
}
