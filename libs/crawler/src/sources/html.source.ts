import type { RawPosting } from '@app/postings';
import { requireEntryUrl } from '../html/entry-url';
import { loadHtml } from '../html/load-html';
import { readSelectors } from '../html/selector-config';
import { postingFromFields } from '../html/selector-fields';
import { absoluteHttpUrl } from '../html/text';
import type { FetchedPage, PageRequest, PageResult, SourceAdapter, SourceDefinition } from '../source-adapter';

const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/**
 * Any other site, described by CSS selectors (see `HtmlSelectors`): on a listing page each
 * `item` either links to a posting page (`link`) whose fields are read there, or carries the
 * fields itself; `next` leads to the next listing page.
 */
export class HtmlSource implements SourceAdapter {
  readonly kind = 'html' as const;

  validate(source: SourceDefinition): void {
    requireEntryUrl(source);
    readSelectors(source);
  }

  start(source: SourceDefinition): PageRequest[] {
    return [{ url: requireEntryUrl(source), role: 'listing', accept: HTML_ACCEPT }];
  }

  parse(page: FetchedPage, request: PageRequest, source: SourceDefinition): PageResult {
    const selectors = readSelectors(source);
    const $ = loadHtml(page.body);
    const base = page.finalUrl || page.url;
    const idBase = source.url ?? page.url;

    if (request.role === 'detail') {
      const posting = postingFromFields({ $, scope: $.root(), pageUrl: page.url, employer: source.employer, idBase }, selectors.fields, page.url.replace(/#.*$/, ''));
      return { postings: posting ? [posting] : [], next: [] };
    }

    const postings: RawPosting[] = [];
    const details = new Set<string>();
    $(selectors.item).each((_, el) => {
      const item = $(el);
      const linkEl = selectors.link ? item.filter(selectors.link).add(item.find(selectors.link)).first() : undefined;
      const href = linkEl?.length ? absoluteHttpUrl(linkEl.attr('href'), base) : undefined;
      if (href) {
        details.add(href);
        return;
      }
      const ownId = item.attr('data-id') ?? item.attr('id');
      const posting = postingFromFields(
        { $, scope: item, pageUrl: page.url, employer: source.employer, idBase },
        selectors.fields,
        ownId ? `${idBase.replace(/#.*$/, '')}#${ownId}` : undefined,
      );
      if (posting) postings.push(posting);
    });

    const next: PageRequest[] = [...details].map((url) => ({ url, role: 'detail', accept: HTML_ACCEPT }));
    const nextHref = selectors.next ? absoluteHttpUrl($(selectors.next).first().attr('href'), base) : undefined;
    if (nextHref && nextHref !== absoluteHttpUrl(page.url, page.url) && nextHref !== absoluteHttpUrl(base, base)) {
      next.push({ url: nextHref, role: 'listing', accept: HTML_ACCEPT });
    }
    return { postings, next };
  }
}
