import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { absoluteHttpUrl, collapseWhitespace, sameSite } from './text';

// Path segments that name a collection of postings, in the languages we crawl (accents dropped).
const POSTING_WORDS = new Set(
  [
    'job', 'jobs', 'career', 'careers', 'position', 'positions', 'vacancy', 'vacancies', 'opening', 'openings',
    'posting', 'postings', 'opportunity', 'opportunities', 'role', 'roles', 'offer', 'offers',
    'stellen', 'stelle', 'stellenangebote', 'jobangebote', 'karriere',
    'praca', 'oferta', 'oferty', 'ogloszenia', 'ogloszenie', 'kariera',
    'toopakkumised', 'toopakkumine', 'tookuulutused', 'tookuulutus', 'vakantsid', 'ametikohad', 'karjaar',
    'stilling', 'stillinger', 'ledige-stillinger', 'jobb', 'jobber', 'karriere',
    'tyopaikat', 'avoimet-tyopaikat', 'ura', 'lediga-jobb', 'lediga-tjanster', 'tjanster', 'karriar',
    'θεσεις', 'θεση', 'θεσεις-εργασιας', 'αγγελιες', 'καριερα', 'theseis', 'thesi', 'aggelies', 'kariera',
    'vacatures', 'empleo', 'empleos', 'ofertas', 'emploi', 'offres',
  ].map(fold),
);
// A segment after a posting word that means "another listing", not one posting.
const LISTING_WORDS = new Set(['page', 'p', 'category', 'categories', 'tag', 'tags', 'search', 'filter', 'department', 'departments', 'location', 'locations', 'team', 'teams', 'feed', 'rss']);
const ID_PARAMS = /^(id|jobid|job_id|job|posting|postingid|vacancy|vacancyid|ref|reqid|gh_jid)$/i;
const ASSET = /\.(pdf|docx?|xlsx?|pptx?|zip|png|jpe?g|gif|svg|webp|ico|css|js|mp4|mp3|xml|rss|json)$/i;
const CONTAINER = /(^|[-_\s])(job|jobs|vacancy|vacancies|posting|postings|opening|openings|position|positions)([-_\s]|$)/i;
const NEXT_TEXT = new Set(
  ['next', 'next page', 'more', 'older', 'weiter', 'nachste', 'nachste seite', 'jargmine', 'jargmine leht', 'edasi', 'neste', 'neste side', 'nastepna', 'nastepna strona', 'dalej', 'επομενη', 'επομενη σελιδα', 'seuraava', 'nasta', 'suivant', 'siguiente'].map(fold),
);
const ARROWS = /[›»→>⟩]/g;
const MAX_LINKS = 1000;

/** Lower case without accents, so "Järgmine", "Następna" and "Επόμενη" compare as plain words. */
function fold(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The URL relative links of the page resolve against (`<base href>` when present). */
export function baseUrlOf($: CheerioAPI, pageUrl: string): string {
  return absoluteHttpUrl($('base[href]').first().attr('href'), pageUrl) ?? pageUrl;
}

/**
 * The next listing page: `rel=next` first, then pagination links whose text or label says
 * "next" in one of our languages (or is just an arrow). Same site only, never the page itself.
 */
export function findNextPageUrl($: CheerioAPI, pageUrl: string): string | undefined {
  const base = baseUrlOf($, pageUrl);
  const self = absoluteHttpUrl(pageUrl, pageUrl);
  const usable = (href: string | undefined) => {
    const url = absoluteHttpUrl(href, base);
    return url && url !== self && sameSite(url, pageUrl) ? url : undefined;
  };
  for (const el of $('link[rel][href], a[rel][href]').toArray()) {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const url = rel.includes('next') ? usable($(el).attr('href')) : undefined;
    if (url) return url;
  }
  for (const el of $('a[href]').toArray()) {
    const $el = $(el);
    const raw = $el.attr('aria-label') ?? $el.attr('title') ?? $el.text();
    // "Next", "Järgmine »", "›": pagination labels are short; skip the rest cheaply.
    if (raw.length > 40 && !/next/i.test($el.attr('class') ?? '')) continue;
    const label = fold(collapseWhitespace(raw));
    const words = collapseWhitespace(label.replace(ARROWS, ' ').replace(/[^\p{L}\s]/gu, ' '));
    const isArrowOnly = label !== '' && label.replace(ARROWS, '').trim() === '' && !!$el.closest('nav, .pagination, .pager, [class*="paginat"]').length;
    const isNextClass = /(^|\s)(next|pagination-next|pager-next)(\s|$)/i.test(`${$el.attr('class') ?? ''} ${$el.parent().attr('class') ?? ''}`);
    if (NEXT_TEXT.has(words) || isArrowOnly || isNextClass) {
      const url = usable($el.attr('href'));
      if (url) return url;
    }
  }
  return undefined;
}

/**
 * Links of a listing page that look like single postings: same site, and either under a path
 * segment such as /jobs/ or /toopakkumised/ (with something after it), or inside an element
 * marked as a job (itemtype JobPosting, class "job-card", ...). Deduplicated, in page order.
 */
export function findPostingLinks($: CheerioAPI, pageUrl: string, exclude: readonly string[] = []): string[] {
  const base = baseUrlOf($, pageUrl);
  const site = siteOf(pageUrl);
  const skip = new Set([pageUrl, ...exclude].map((u) => absoluteHttpUrl(u, pageUrl)));
  const found = new Set<string>();
  for (const el of $('a[href]').toArray()) {
    if (found.size >= MAX_LINKS) break;
    const url = resolveLink(el.attribs.href, base);
    if (!url || siteOf(url) !== site || ASSET.test(url.pathname)) continue;
    const href = url.href;
    if (skip.has(href) || found.has(href)) continue;
    if (looksLikePostingUrl(url) || insideJobElement(el)) found.add(href);
  }
  return [...found];
}

/** An http(s) URL without fragment, parsed once (listing pages have hundreds of links). */
function resolveLink(href: string | undefined, base: string): URL | undefined {
  if (!href || /^\s*(javascript|mailto|tel|data):/i.test(href)) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url;
  } catch {
    return undefined;
  }
}

function siteOf(url: string | URL): string {
  try {
    return (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function looksLikePostingUrl(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  const segments = path.split('/').filter(Boolean).map(fold);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (POSTING_WORDS.has(segment)) {
      const after = segments[i + 1];
      if (after !== undefined && !LISTING_WORDS.has(after) && !POSTING_WORDS.has(after)) return true;
      if (after === undefined && [...url.searchParams.keys()].some((k) => ID_PARAMS.test(k))) return true;
    }
    // "/job-1234", "/vacancy_88-customer-agent"
    const [word, rest] = segment.split(/[-_](.*)/s);
    if (rest && POSTING_WORDS.has(word) && /\d/.test(rest)) return true;
  }
  return false;
}

function insideJobElement(el: Element): boolean {
  // Raw DOM nodes rather than cheerio wrappers: this runs for every link of a listing.
  let node: Element | null = el;
  for (let depth = 0; depth < 5 && node; depth++) {
    const tag = node.name;
    if (tag === 'body' || tag === 'html' || tag === 'nav' || tag === 'footer' || tag === 'header') return false;
    const { itemtype, class: cls, id } = node.attribs;
    if (itemtype && /JobPosting/i.test(itemtype)) return true;
    if ((cls && CONTAINER.test(cls)) || (id && CONTAINER.test(id))) return true;
    node = node.parent && node.parent.type === 'tag' ? (node.parent as Element) : null;
  }
  return false;
}
