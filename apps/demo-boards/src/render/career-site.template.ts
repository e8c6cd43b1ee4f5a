import type { CareerSite } from '../data/career-sites.data';
import { employerOf } from '../data/employers.data';
import type { DemoPosting } from '../data/posting.types';
import { escapeHtml, jsonForScript, slugify } from './html-escape';
import { countryName, jobPostingJsonLd, organizationName } from './job-posting-json-ld';
import { formatPay, labelsFor } from './labels';
import { renderShell } from './page-shell';
import { descriptionHtml } from './posting-description';
import { isoDate, postingDates } from './posting-dates';

export function jobSlug(posting: DemoPosting): string {
  // Greek titles have no ASCII slug, so the reference number alone names their page.
  return [posting.ref.toLowerCase(), slugify(posting.title)].filter(Boolean).join('-');
}

export function jobPath(site: CareerSite, posting: DemoPosting): string {
  return `/careers/${site.slug}/jobs/${jobSlug(posting)}/`;
}

export const listingPath = (site: CareerSite, page: number) =>
  page <= 1 ? `/careers/${site.slug}/` : `/careers/${site.slug}/page/${page}/`;

export const pageCount = (site: CareerSite) => Math.max(1, Math.ceil(site.postings.length / site.pageSize));

export function placeText(posting: DemoPosting): string {
  const { city, region, country } = posting.place;
  return [city, region, countryName(country)].filter(Boolean).join(', ');
}

function jobCard(site: CareerSite, posting: DemoPosting): string {
  const l = labelsFor(posting.lang);
  return `<li class="job-card" data-ref="${escapeHtml(posting.ref)}">
  <h2 class="job-title"><a class="job-link" href="${escapeHtml(jobPath(site, posting))}">${escapeHtml(posting.title)}</a></h2>
  <p class="job-meta"><span class="location">${escapeHtml(placeText(posting))}</span> · <span class="work-mode">${escapeHtml(l.workMode[posting.workMode])}</span> · <span class="department">${escapeHtml(posting.department)}</span></p>
</li>`;
}

export function renderListingPage(site: CareerSite, page: number): string {
  const pages = pageCount(site);
  const slice = site.postings.slice((page - 1) * site.pageSize, page * site.pageSize);
  const firstPage = page === 1;
  const trapCards = firstPage
    ? site.extraLinks
        .filter((x) => x.placement === 'job-list')
        .map((x) => `<li class="job-card"><h2 class="job-title"><a class="job-link" href="${escapeHtml(x.href)}">${escapeHtml(x.text)}</a></h2></li>`)
    : [];
  const sidebar = firstPage
    ? site.extraLinks
        .filter((x) => x.placement === 'sidebar')
        .map((x) => `<aside class="advice"><a href="${escapeHtml(x.href)}">${escapeHtml(x.text)}</a></aside>`)
        .join('\n')
    : '';
  const footerLinks = site.extraLinks
    .filter((x) => x.placement === 'footer')
    .map((x) => `<p><a href="${escapeHtml(x.href)}">${escapeHtml(x.text)}</a></p>`)
    .join('');
  const prev = page > 1 ? `<a rel="prev" href="${listingPath(site, page - 1)}">Previous</a>` : '';
  const next = page < pages ? `<a rel="next" href="${listingPath(site, page + 1)}">Next page</a>` : '';
  const headLinks = [
    page > 1 ? `<link rel="prev" href="${listingPath(site, page - 1)}">` : '',
    page < pages ? `<link rel="next" href="${listingPath(site, page + 1)}">` : '',
  ].join('\n');
  return renderShell({
    lang: 'en',
    title: `${site.siteName} – open positions${page > 1 ? ` (page ${page})` : ''}`,
    siteName: site.siteName,
    home: listingPath(site, 1),
    head: headLinks,
    metaDescription: site.tagline,
    main: `<h1>Open positions</h1>
<p class="tagline">${escapeHtml(site.tagline)}</p>
<p class="count">${site.postings.length} jobs · page ${page} of ${pages}</p>
${sidebar}
<ul class="job-list">
${[...slice.map((p) => jobCard(site, p)), ...trapCards].join('\n')}
</ul>
<nav class="pagination" aria-label="Pagination">${prev} ${next}</nav>`,
    footerLinks,
  });
}

function breadcrumbLd(site: CareerSite, posting: DemoPosting, origin: string, path: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Jobs', item: `${origin}${listingPath(site, 1)}` },
      { '@type': 'ListItem', position: 2, name: posting.title, item: `${origin}${path}` },
    ],
  };
}

function jsonLdScripts(site: CareerSite, posting: DemoPosting, origin: string, now: Date, path: string): string {
  const url = `${origin}${path}`;
  if (site.jsonLdStyle === 'blocks') {
    const ld = jobPostingJsonLd(posting, { origin, url, now });
    return [breadcrumbLd(site, posting, origin, path), ld]
      .map((block) => `<script type="application/ld+json">${jsonForScript(block, 2)}</script>`)
      .join('\n');
  }
  const employer = employerOf(site.employer);
  const ld = jobPostingJsonLd(posting, { origin, url, now, employmentTypeAsArray: true });
  // Some CMSs store the description entity-escaped and print it as such into the JSON.
  ld.description = escapeHtml(String(ld.description));
  const withoutContext = ({ '@context': _context, ...node }: Record<string, unknown>) => node;
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': `${origin}/#org`, name: employer.name, url: employer.website },
      withoutContext(breadcrumbLd(site, posting, origin, path)),
      withoutContext(ld),
    ],
  };
  return `<script type="application/ld+json">${jsonForScript(graph)}</script>`;
}

export function renderJobPage(
  site: CareerSite,
  posting: DemoPosting,
  origin: string,
  now: Date,
  path = jobPath(site, posting),
): string {
  const l = labelsFor(posting.lang);
  const dates = postingDates(posting, now);
  const facts = [
    `<dt>${escapeHtml(l.location)}</dt><dd class="location">${escapeHtml(placeText(posting))} (${escapeHtml(l.workMode[posting.workMode])})</dd>`,
    `<dt>${escapeHtml(l.employmentType[posting.employmentType])}</dt><dd class="department">${escapeHtml(posting.department)}</dd>`,
    posting.pay ? `<dt>${escapeHtml(l.salary)}</dt><dd class="salary">${escapeHtml(formatPay(posting.pay, posting.lang))}</dd>` : '',
    `<dt>${escapeHtml(l.posted)}</dt><dd><time datetime="${isoDate(dates.posted)}">${isoDate(dates.posted)}</time></dd>`,
    `<dt>${escapeHtml(l.closes)}</dt><dd class="valid-through">${isoDate(dates.validThrough)}</dd>`,
  ].join('\n');
  return renderShell({
    lang: posting.lang,
    title: `${posting.title} – ${organizationName(posting)}`,
    siteName: site.siteName,
    home: listingPath(site, 1),
    canonical: `${origin}${path}`,
    head: jsonLdScripts(site, posting, origin, now, path),
    main: `<nav class="breadcrumb"><a href="${listingPath(site, 1)}">Jobs</a> › ${escapeHtml(posting.title)}</nav>
<article class="job">
<h1>${escapeHtml(posting.title)}</h1>
<p class="company">${escapeHtml(organizationName(posting))}</p>
<dl class="facts">
${facts}
</dl>
<div class="description">${descriptionHtml(posting)}</div>
<p><a class="apply" href="${path}apply/">${escapeHtml(l.apply)}</a></p>
<p class="ref">Ref. ${escapeHtml(posting.ref)}</p>
</article>`,
  });
}

/** What some sites answer, with status 200, for a job that no longer exists. */
export function renderDressedNotFound(site: CareerSite): string {
  return renderShell({
    lang: 'en',
    title: `Job not found – ${site.siteName}`,
    siteName: site.siteName,
    home: listingPath(site, 1),
    main: `<div class="error-page"><h1>Sorry, this job is no longer available</h1>
<p>The position you are looking for has been filled or removed. <a href="${listingPath(site, 1)}">Browse all open positions</a>.</p></div>`,
  });
}
