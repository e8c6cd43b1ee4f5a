import { RemoteMode, Role, Seniority, Shift } from '@app/db';
import { roleLabel, seniorityLabel } from '@app/taxonomy';
import { html, type SafeHtml } from '../../auth/web/html';
import type { SearchResult, SearchResultItem } from '../board.types';
import { countryName, formatAge, formatCount, formatMoney, languageName } from '../i18n/format';
import { MESSAGES, type Messages, type UiLanguage } from '../i18n/messages';
import { boardLayout, withLang } from './page-layout';

type Bucket = { value: string; count: number; label?: string };

export interface SearchPageInput {
  lang: UiLanguage;
  /** The search parameters as given (blanks dropped), without `lang` and `cursor`. */
  params: URLSearchParams;
  result: SearchResult;
  baseCurrency: string;
  currencies: string[];
  now: number;
}

/** Checkboxes of a closed vocabulary stay in its own order, so that none jumps when counts change. */
function inOrder(buckets: Bucket[], order: Record<string, string>): Bucket[] {
  const rank = Object.values(order);
  return [...buckets].sort((a, b) => rank.indexOf(a.value) - rank.indexOf(b.value));
}

/** Every value of a facet the page offers: the counted ones (busiest first), then any selected value that counted none. */
function options(buckets: Bucket[], selected: string[], limit: number): Bucket[] {
  const shown = buckets.slice(0, limit);
  for (const value of selected) if (!shown.some((b) => b.value === value)) shown.push({ value, count: 0 });
  return shown;
}

function checkboxes(name: string, legend: string, buckets: Bucket[], selected: string[], label: (b: Bucket) => string, lang: UiLanguage, hint?: string): SafeHtml {
  if (buckets.length === 0) return html``;
  const items = buckets.map(
    (b) => html`<li><label><input type="checkbox" name="${name}" value="${b.value}"${selected.includes(b.value) ? html` checked` : ''}>
      <span>${label(b)}</span> <span class="count" data-facet-count="${name}:${b.value}">(${formatCount(lang, b.count)})</span></label></li>`,
  );
  return html`<fieldset class="facet" data-facet="${name}"><legend>${legend}</legend>${hint ? html`<p class="hint">${hint}</p>` : ''}<ul>${items}</ul></fieldset>`;
}

function select(name: string, label: string, values: [string, string][], selected: string | undefined): SafeHtml {
  return html`<label class="field"><span>${label}</span><select name="${name}">${values.map(
    ([value, text]) => html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${text}</option>`,
  )}</select></label>`;
}

function salaryText(item: SearchResultItem, t: Messages, lang: UiLanguage, baseCurrency: string): SafeHtml {
  if (item.salaryRaw === null && item.salaryMin === null && item.salaryMax === null) return html``;
  const written = item.salaryRaw ?? [item.salaryMin, item.salaryMax].filter((v) => v !== null).join('–') + ` ${item.salaryCurrency ?? ''}`;
  const yearly = item.salaryAnnual !== null ? html` <span class="normalised">(≈ ${formatMoney(lang, item.salaryAnnual, baseCurrency)} ${t.perYear})</span>` : '';
  return html`<p class="salary"><span class="visually-hidden">${t.salary}: </span>${written}${yearly}</p>`;
}

function resultCard(item: SearchResultItem, input: SearchPageInput): SafeHtml {
  const { lang } = input;
  const t = MESSAGES[lang];
  const place = [item.city, item.country ? countryName(lang, item.country) : null].filter(Boolean).join(', ');
  const when = item.postedAt ?? item.createdAt;
  return html`<li class="job"><article aria-labelledby="job-${item.id}">
  <h3 id="job-${item.id}"><a href="${withLang(`/jobs/${item.id}`, lang)}">${item.title}</a></h3>
  <p class="meta"><span class="employer">${item.employerName}</span>${place ? html` · <span class="place">${place}</span>` : ''}
  ${item.remoteMode ? html`<span class="badge badge-${item.remoteMode}">${t.remoteModes[item.remoteMode]}</span>` : ''}</p>
  ${salaryText(item, t, lang, input.baseCurrency)}
  <p class="tags">${item.roles.map((r) => html`<span class="tag">${roleLabel(r as Role, lang)}</span>`)}${item.seniority ? html`<span class="tag">${seniorityLabel(item.seniority as Seniority, lang)}</span>` : ''}</p>
  <p class="posted">${t.posted} <time datetime="${when.toISOString()}">${formatAge(lang, when, input.now)}</time></p>
</article></li>`;
}

export function searchPage(input: SearchPageInput): string {
  const { lang, params, result } = input;
  const t = MESSAGES[lang];
  const facets = result.facets!;
  const all = (name: string) => params.getAll(name).flatMap((v) => v.split(',')).filter(Boolean);
  const total = result.total ?? 0;
  const next = new URLSearchParams(params);
  if (result.nextCursor) next.set('cursor', result.nextCursor);
  const sort = params.get('sort') ?? 'newest';
  const sorts: [string, string][] = (['newest', 'relevance', 'salary'] as const).filter((s) => s !== 'relevance' || params.get('q')).map((s) => [s, t.sorts[s]]);

  const filters = html`<details class="filters" open><summary>${t.filters}</summary>
    ${checkboxes('role', t.role, inOrder(facets.role, Role), all('role'), (b) => roleLabel(b.value as Role, lang), lang)}
    ${checkboxes('remote', t.workMode, inOrder(facets.remote, RemoteMode), all('remote'), (b) => t.remoteModes[b.value as keyof Messages['remoteModes']] ?? b.value, lang)}
    ${checkboxes('seniority', t.seniority, inOrder(facets.seniority, Seniority), all('seniority'), (b) => seniorityLabel(b.value as Seniority, lang), lang)}
    ${checkboxes('country', t.country, options(facets.country, all('country'), 12), all('country'), (b) => countryName(lang, b.value), lang)}
    <label class="field"><span>${t.city}</span><input type="text" name="city" maxlength="100" value="${params.get('city') ?? ''}" autocomplete="address-level2"></label>
    ${checkboxes('speaks', t.speaks, options(facets.speaks, all('speaks'), 10), all('speaks'), (b) => languageName(lang, b.value), lang, t.speaksHint)}
    ${checkboxes('language', t.postingLanguage, options(facets.language, all('language'), 10), all('language'), (b) => languageName(lang, b.value), lang)}
    ${checkboxes('shift', t.shift, inOrder(facets.shift, Shift), all('shift'), (b) => t.shifts[b.value as keyof Messages['shifts']] ?? b.value, lang)}
    ${checkboxes('employer', t.employer, options(facets.employer, all('employer'), 10), all('employer'), (b) => b.label ?? b.value, lang)}
    <fieldset class="salary-filter"><legend>${t.salaryMin}</legend>
      <label class="field"><span class="visually-hidden">${t.salaryMin}</span><input type="number" name="salaryMin" min="0" step="1000" inputmode="numeric" value="${params.get('salaryMin') ?? ''}"></label>
      ${select('currency', t.currency, input.currencies.map((c) => [c, c]), params.get('currency') ?? input.baseCurrency)}
      <label class="check"><input type="checkbox" name="hasSalary" value="true"${params.get('hasSalary') === 'true' ? html` checked` : ''}> ${t.hasSalary}</label>
    </fieldset>
    ${select('postedWithin', t.postedWithin, [['', t.anyTime], ['24h', t.within['24h']], ['7d', t.within['7d']], ['30d', t.within['30d']]], params.get('postedWithin') ?? '')}
    <p class="actions"><button type="submit">${t.applyFilters}</button> <a href="${withLang('/', lang)}">${t.clearFilters}</a></p>
  </details>`;

  const results = html`<section id="results" class="results" aria-labelledby="result-count" tabindex="-1">
    <div class="results-head"><h2 id="result-count" aria-live="polite" data-total="${total}">${t.jobCount(formatCount(lang, total), total)}</h2>
      ${select('sort', t.sort, sorts, sort)}</div>
    ${result.items.length === 0 ? html`<p class="empty">${t.noResults}</p>` : html`<ol class="jobs">${result.items.map((item) => resultCard(item, input))}</ol>`}
    ${result.nextCursor ? html`<p class="more"><a rel="next" href="${withLang(`/?${next.toString()}`, lang)}">${t.moreJobs}</a></p>` : ''}
  </section>`;

  return boardLayout({
    lang,
    title: params.get('q') ? `${params.get('q')} – ${t.search}` : t.search,
    path: `/?${params.toString()}`,
    body: html`<main id="board"><form id="search" class="board" method="get" action="/" role="search">
  <input type="hidden" name="lang" value="${lang}">
  <div class="searchbar"><label for="q">${t.keywords}</label>
    <input id="q" type="search" name="q" maxlength="200" value="${params.get('q') ?? ''}" aria-describedby="q-hint">
    <button type="submit">${t.search}</button><p id="q-hint" class="hint">${t.keywordsHint}</p></div>
  <div class="columns"><aside aria-label="${t.filters}">${filters}</aside>${results}</div>
</form></main>`,
  });
}
