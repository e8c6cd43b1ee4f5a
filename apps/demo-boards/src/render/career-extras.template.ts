import type { CareerSite } from '../data/career-sites.data';
import type { AdviceArticle } from '../data/nordic-care-extras.data';
import { employerOf } from '../data/employers.data';
import { escapeHtml, jsonForScript } from './html-escape';
import { listingPath } from './career-site.template';
import { renderShell } from './page-shell';
import { isoDate } from './posting-dates';

/** An editorial page with schema.org Article markup: structured data, but not a JobPosting. */
export function renderArticlePage(site: CareerSite, article: AdviceArticle, origin: string, url: string, now: Date): string {
  const published = new Date(now.getTime() - article.publishedDaysAgo * 86_400_000);
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    author: { '@type': 'Person', name: article.author },
    publisher: { '@type': 'Organization', name: employerOf(site.employer).name },
    datePublished: isoDate(published),
    mainEntityOfPage: `${origin}${url}`,
  };
  return renderShell({
    lang: 'en',
    title: `${article.title} – ${site.siteName}`,
    siteName: site.siteName,
    home: listingPath(site, 1),
    head: `<script type="application/ld+json">${jsonForScript(ld)}</script>`,
    main: `<article class="advice">
<h1>${escapeHtml(article.title)}</h1>
<p class="byline">${escapeHtml(article.author)} · <time datetime="${isoDate(published)}">${isoDate(published)}</time></p>
${article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${listingPath(site, 1)}">See our open positions</a></p>
</article>`,
  });
}

export function renderApplyPage(siteName: string, home: string, title: string): string {
  return renderShell({
    lang: 'en',
    title: `Apply: ${title}`,
    siteName,
    home,
    main: `<h1>Apply: ${escapeHtml(title)}</h1>
<form method="post" action="#"><label>Name <input name="name"></label><label>E-mail <input name="email" type="email"></label><label>CV <input name="cv" type="file"></label><button>Send application</button></form>`,
  });
}
