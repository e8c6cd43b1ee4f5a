import { createHash } from 'node:crypto';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { RawPosting } from '@app/postings';
import { elementText } from './element-text';
import { absoluteHttpUrl, collapseWhitespace } from './text';

/** What the configured `fields` selectors found in one scope (a listing item or a whole page). */
export interface FieldScope {
  $: CheerioAPI;
  /** The elements searched: a listing item, or the document root of a detail page. */
  scope: Cheerio<AnyNode>;
  pageUrl: string;
  /** Employer to use when no employer field matches. */
  employer?: string;
  /**
   * Base of ids made from content, for items with neither link nor id: the source's entry URL,
   * so an item keeps its id when it moves from listing page 1 to page 2.
   */
  idBase?: string;
}

const REMOTE_WORDS: [RawPosting['remote'], RegExp][] = [
  ['hybrid', /hybrid|hubriid|hybryd|υβριδ/i],
  ['remote', /remote|telecommut|work from home|home ?office|kaugtoo|zdaln|hjemmekontor|fjernarbeid|etatyo|distans|εξ αποστασεως|τηλεργασια/i],
  ['onsite', /on-?site|in office|kontoris|stacjonarn|pa kontoret|toimistolla|στο γραφειο/i],
];

/**
 * A RawPosting from the `fields` selectors, or undefined when the title selector finds nothing.
 * Text fields read the element's text (or `content` for <meta>); description keeps inner HTML;
 * posted/validThrough prefer a `datetime` attribute; apply reads `href`. Fields with the name
 * of a RawPosting property (employmentType, department, city, ...) fill it; workMode/remote
 * give the remote hint; other names have no place in a RawPosting and are ignored.
 */
export function postingFromFields(ctx: FieldScope, fields: Record<string, string>, fallbackId?: string): RawPosting | undefined {
  const find = (name: string) => (fields[name] ? select(ctx, fields[name]) : undefined);
  const textOf = (name: string) => {
    const found = find(name);
    return found?.length ? valueText(found.first()) : undefined;
  };
  const dateOf = (name: string) => {
    const found = find(name)?.first();
    if (!found?.length) return undefined;
    return collapseWhitespace(found.attr('datetime') ?? found.attr('content') ?? '') || valueText(found);
  };

  const title = textOf('title');
  if (!title) return undefined;
  const locations = find('location');
  const location = locations?.length
    ? [...new Set(locations.toArray().map((el) => valueText(ctx.$(el))).filter(Boolean))].join('; ') || undefined
    : undefined;
  const descriptionEl = find('description')?.first();
  const applyEl = find('apply')?.first();
  const applyUrl = applyEl?.length
    ? absoluteHttpUrl(applyEl.attr('href') ?? applyEl.attr('data-href') ?? applyEl.attr('action') ?? valueText(applyEl), ctx.pageUrl)
    : undefined;
  const workMode = textOf('workMode') ?? textOf('remote');

  const posting: RawPosting = {
    externalId: '',
    url: ctx.pageUrl,
    title,
    description: descriptionEl?.length ? (descriptionEl.html() ?? '').trim() : '',
    employer: textOf('employer') ?? ctx.employer,
    location,
    city: textOf('city'),
    region: textOf('region'),
    country: textOf('country'),
    remote: workMode ? remoteHint(workMode) : undefined,
    salaryText: textOf('salary'),
    employmentType: textOf('employmentType'),
    datePosted: dateOf('posted') ?? dateOf('datePosted'),
    validThrough: dateOf('validThrough'),
    applyUrl,
    language: languageCode(textOf('language')),
    department: textOf('department'),
  };
  posting.externalId = textOf('externalId') ?? fallbackId ?? applyUrl ?? contentId(ctx.idBase ?? ctx.pageUrl, posting);
  for (const key of Object.keys(posting) as (keyof RawPosting)[]) {
    if (posting[key] === undefined) delete posting[key];
  }
  return posting;
}

/** Matches of a selector in the scope, the scope's own elements included ("item" may be the link). */
function select(ctx: FieldScope, selector: string): Cheerio<AnyNode> {
  return ctx.scope.filter(selector).add(ctx.scope.find(selector));
}

function valueText(el: Cheerio<AnyNode>): string {
  const tag = (el.prop('tagName') ?? '').toLowerCase();
  if (tag === 'meta') return collapseWhitespace(el.attr('content') ?? '');
  if (tag === 'input') return collapseWhitespace(el.attr('value') ?? '');
  return elementText(el.toArray());
}

function remoteHint(text: string): RawPosting['remote'] {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return REMOTE_WORDS.find(([, pattern]) => pattern.test(folded))?.[0];
}

function languageCode(text: string | undefined): string | undefined {
  const m = text ? /^([a-z]{2})(?:[-_\s]|$)/i.exec(text) : null;
  return m ? m[1].toLowerCase() : undefined;
}

/** Items without a link or id: named by what they say, so the same item keeps its id. */
function contentId(base: string, p: RawPosting): string {
  const digest = createHash('sha1').update([p.title, p.employer ?? '', p.location ?? ''].join('\n')).digest('hex');
  return `${base.replace(/#.*$/, '')}#${digest.slice(0, 16)}`;
}
