import { CAREER_SITES } from '../data/career-sites.data';
import { html, text, type Route } from '../http/route.types';
import { listingPath } from '../render/career-site.template';
import { escapeHtml } from '../render/html-escape';
import { renderShell } from '../render/page-shell';

/** Paths under here are disallowed for every crawler; a listing links into it on purpose. */
export const DISALLOWED_PATH = '/careers/nordic-care/internal/';

export function robotsTxt(origin: string): string {
  return [
    '# Demo boards: crawl everything except the employees-only area.',
    'User-agent: *',
    `Disallow: ${DISALLOWED_PATH}`,
    'Allow: /',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

const STATIC_PAGES: Record<string, { title: string; text: string }> = {
  privacy: { title: 'Privacy notice', text: 'We process applicant data only to handle your application and delete it after twelve months.' },
  cookies: { title: 'Cookie policy', text: 'This site uses strictly necessary cookies and, with your consent, analytics cookies.' },
  accessibility: { title: 'Accessibility statement', text: 'We aim to meet WCAG 2.2 level AA on every page of this site.' },
};

/** The host root: robots.txt, a sitemap, an index of the boards and the footer pages. */
export function siteRootRoutes(): Route[] {
  return [
    { pattern: /^\/robots\.txt$/, handle: (req) => text(robotsTxt(req.origin)) },
    {
      pattern: /^\/sitemap\.xml$/,
      handle: (req) => ({
        status: 200,
        contentType: 'application/xml; charset=utf-8',
        cacheable: true,
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${CAREER_SITES.map(
          (s) => `  <url><loc>${req.origin}${listingPath(s, 1)}</loc></url>`,
        ).join('\n')}\n</urlset>\n`,
      }),
    },
    {
      pattern: /^\/$/,
      handle: () =>
        html(
          renderShell({
            lang: 'en',
            title: 'Frontline demo boards',
            siteName: 'Frontline demo boards',
            home: '/',
            main: `<h1>Demo job boards</h1><ul>${CAREER_SITES.map(
              (s) => `<li><a href="${listingPath(s, 1)}">${escapeHtml(s.siteName)}</a></li>`,
            ).join('')}</ul>`,
          }),
        ),
    },
    {
      // Logos referenced by hiringOrganization.logo: a plain coloured initial is enough.
      pattern: /^\/static\/logos\/(?<name>[a-z0-9-]+)\.svg$/,
      handle: (_req, params) => ({
        status: 200,
        contentType: 'image/svg+xml',
        cacheable: true,
        body: `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="12" fill="#13315c"/><text x="32" y="42" font-size="30" text-anchor="middle" fill="#fff" font-family="sans-serif">${params.name[0].toUpperCase()}</text></svg>`,
      }),
    },
    {
      pattern: /^\/(?<page>privacy|cookies|accessibility)\/?$/,
      handle: (_req, params) => {
        const page = STATIC_PAGES[params.page];
        return html(
          renderShell({
            lang: 'en',
            title: page.title,
            siteName: 'Frontline demo boards',
            home: '/',
            main: `<h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.text)}</p>`,
          }),
        );
      },
    },
  ];
}
