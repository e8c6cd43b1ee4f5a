import {
  CAREER_SITES,
  careerSite,
  NORDIC_CARE_ADVICE_PATH,
  NORDIC_CARE_INTERNAL_PATH,
  type CareerSite,
} from '../data/career-sites.data';
import { INTERNAL_POSTING, INTERVIEW_TIPS } from '../data/nordic-care-extras.data';
import type { DemoPosting } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { html, notFoundHtml, type DemoResponse, type Route } from '../http/route.types';
import { renderApplyPage, renderArticlePage } from '../render/career-extras.template';
import {
  jobSlug,
  listingPath,
  pageCount,
  renderDressedNotFound,
  renderJobPage,
  renderListingPage,
} from '../render/career-site.template';
import { escapeHtml } from '../render/html-escape';
import { renderShell } from '../render/page-shell';

const redirect = (location: string): DemoResponse => ({
  status: 301,
  contentType: 'text/plain; charset=utf-8',
  body: `Moved to ${location}`,
  headers: { location },
});

const serverError = (): DemoResponse => ({
  status: 500,
  contentType: 'text/html; charset=utf-8',
  body: '<!DOCTYPE html><html><head><title>500</title></head><body><h1>Internal Server Error</h1><p>Please try again later.</p></body></html>',
});

/** `/careers/<site>/…`: employer career sites whose job pages carry JobPosting JSON-LD. */
export function careerSiteRoutes(ctx: BoardContext): Route[] {
  const bySlug = new Map<string, Map<string, DemoPosting>>(
    CAREER_SITES.map((site) => [site.slug, new Map(site.postings.map((p) => [jobSlug(p), p]))]),
  );
  const withSite = (handler: (site: CareerSite, params: Record<string, string>) => DemoResponse) =>
    (_req: unknown, params: Record<string, string>) => {
      const site = careerSite(params.site);
      return site ? handler(site, params) : notFoundHtml();
    };

  return [
    {
      pattern: /^\/careers\/?$/,
      handle: () =>
        html(
          renderShell({
            lang: 'en',
            title: 'Career sites',
            siteName: 'Demo career sites',
            home: '/careers/',
            main: `<h1>Career sites</h1><ul>${CAREER_SITES.map(
              (s) => `<li><a href="${listingPath(s, 1)}">${escapeHtml(s.siteName)}</a></li>`,
            ).join('')}</ul>`,
          }),
        ),
    },
    {
      pattern: /^\/careers\/(?<site>[a-z0-9-]+)\/$/,
      handle: withSite((site) => html(renderListingPage(site, 1))),
    },
    {
      pattern: /^\/careers\/(?<site>[a-z0-9-]+)$/,
      handle: withSite((site) => redirect(listingPath(site, 1))),
    },
    {
      pattern: /^\/careers\/(?<site>[a-z0-9-]+)\/page\/(?<page>\d{1,6})\/?$/,
      handle: withSite((site, params) => {
        const page = Number(params.page);
        if (page === 1) return redirect(listingPath(site, 1));
        if (page < 1 || page > pageCount(site)) return notFoundHtml();
        return html(renderListingPage(site, page));
      }),
    },
    {
      pattern: /^\/careers\/(?<site>[a-z0-9-]+)\/jobs\/(?<slug>[a-z0-9-]+)\/?$/,
      handle: (req, params) => {
        const site = careerSite(params.site);
        if (!site) return notFoundHtml();
        const posting = bySlug.get(site.slug)?.get(params.slug);
        if (!posting) return site.unknownJob === 'dressed-200' ? html(renderDressedNotFound(site)) : notFoundHtml();
        if (posting.key === site.flakyPostingKey && ctx.flaky.shouldFail(posting.key)) return serverError();
        return html(renderJobPage(site, posting, req.origin, ctx.now));
      },
    },
    {
      pattern: /^\/careers\/(?<site>[a-z0-9-]+)\/jobs\/(?<slug>[a-z0-9-]+)\/apply\/?$/,
      handle: withSite((site, params) => {
        const posting = bySlug.get(site.slug)?.get(params.slug);
        return posting ? html(renderApplyPage(site.siteName, listingPath(site, 1), posting.title)) : notFoundHtml();
      }),
    },
    {
      pattern: new RegExp(`^${NORDIC_CARE_ADVICE_PATH}?$`),
      handle: (req) => {
        const site = careerSite('nordic-care') as CareerSite;
        return html(renderArticlePage(site, INTERVIEW_TIPS, req.origin, NORDIC_CARE_ADVICE_PATH, ctx.now));
      },
    },
    {
      pattern: new RegExp(`^${NORDIC_CARE_INTERNAL_PATH}?$`),
      handle: (req) => {
        const site = careerSite('nordic-care') as CareerSite;
        return html(renderJobPage(site, INTERNAL_POSTING, req.origin, ctx.now, NORDIC_CARE_INTERNAL_PATH));
      },
    },
  ];
}
