import { escapeHtml, jsonForScript } from '../render/html-escape';
import { jobPostingJsonLd, organizationName } from '../render/job-posting-json-ld';
import { formatPay, labelsFor } from '../render/labels';
import { placeText } from '../render/career-site.template';
import { descriptionHtml } from '../render/posting-description';
import { isoDate, postingDates } from '../render/posting-dates';
import { benchPosting } from './bench-posting';

export const BENCH_PAGE_SIZE = 50;
export const BENCH_MAX_JOBS = 10_000;

// The boilerplate of a heavy corporate career site (CSS, mega menu, footer, consent and
// analytics snippets) is built once; only the posting in the middle changes per page.
// Together they make each job page about 25 KB, like the real pages the benchmark stands for.

const CSS = Array.from(
  { length: 24 },
  (_, k) =>
    `.c-${k}{margin:${k % 7}px ${k % 5}px;padding:${k % 9}px;color:#${(0x1d2433 + k * 4099).toString(16).slice(-6)};font-size:${12 + (k % 6)}px;line-height:1.${4 + (k % 4)}}` +
    `@media (max-width:${600 + k * 4}px){.c-${k}{display:${k % 2 ? 'block' : 'flex'};gap:${k % 8}px}}`,
).join('\n');

const MENU_SECTIONS = ['Careers', 'Teams', 'Locations', 'Students', 'Life with us', 'Benefits', 'How we hire', 'Diversity'];
const MENU_ITEMS = ['Overview', 'Customer Service', 'Contact Centre', 'Technology', 'Sales', 'Operations', 'Graduates', 'Stories', 'FAQ'];
const MEGA_MENU = `<nav class="mega-menu" aria-label="Main">${MENU_SECTIONS.map(
  (section) =>
    `<div class="mega-col"><h3>${section}</h3><ul>${MENU_ITEMS.map(
      (item) => `<li class="c-${item.length % 24}"><a href="/bench/#${encodeURIComponent(`${section}-${item}`)}" data-track="nav:${section}:${item}">${item}</a></li>`,
    ).join('')}</ul></div>`,
).join('')}</nav>`;

const FOOTER_COLUMNS = ['Company', 'Careers', 'Legal', 'Follow us', 'Help'];
const FOOTER_LINKS = ['About us', 'Press', 'Investors', 'Sustainability', 'Accessibility', 'Privacy', 'Cookies', 'Terms of use', 'Modern slavery statement', 'Contact'];
const FOOTER = `<footer class="site-footer">${FOOTER_COLUMNS.map(
  (col) =>
    `<div class="footer-col"><h4>${col}</h4><ul>${FOOTER_LINKS.map((l) => `<li><a href="/bench/#${encodeURIComponent(l)}">${l}</a></li>`).join('')}</ul></div>`,
).join('')}<p class="legal">© Frontline demo boards. All trademarks belong to their owners. This page is generated for benchmarking and describes no real vacancy.</p></footer>`;

const CONSENT = `<div id="consent" class="consent" role="dialog" aria-modal="true"><h2>Your privacy</h2><p>${'We and our partners use cookies and similar technologies to keep this site secure, remember your preferences, measure how the site is used and show you relevant job recommendations. '.repeat(3)}</p><button class="accept">Accept all</button><button class="reject">Reject non-essential</button><a href="/bench/#cookie-settings">Settings</a></div>`;

const ANALYTICS = `<script>(function(w,d){w.dataLayer=w.dataLayer||[];function g(){w.dataLayer.push(arguments)}g('js',new Date());g('config','DEMO-BENCH',{anonymize_ip:true});${Array.from(
  { length: 25 },
  (_, k) => `w.__m${k}=function(e){return e&&e.target&&e.target.closest&&e.target.closest('[data-track]')};`,
).join('')}})(window,document);</script>`;

const BENEFITS = `<section class="why-join"><h2>Why join us</h2><div class="benefit-grid">${[
  'Paid training from day one',
  'Health insurance',
  'Career paths into team leadership',
  'Language allowance',
  'Wellbeing programme',
  'Referral bonus',
  'Modern offices near public transport',
  'Flexible shifts',
]
  .map((b, k) => `<div class="benefit c-${k}"><span class="icon" aria-hidden="true"></span><h3>${b}</h3><p>${b}: ask your recruiter how this works at your location and in your team.</p></div>`)
  .join('')}</div></section>`;

export function renderBenchJobPage(n: number, i: number, origin: string, now: Date): string {
  const p = benchPosting(i);
  const l = labelsFor(p.lang);
  const dates = postingDates(p, now);
  const url = `${origin}/bench/${n}/jobs/${i}/`;
  const ld = jobPostingJsonLd(p, { origin, url, now });
  return `<!DOCTYPE html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} – ${escapeHtml(organizationName(p))}</title>
<link rel="canonical" href="${url}">
<style>${CSS}</style>
<script type="application/ld+json">${jsonForScript(ld)}</script>
${ANALYTICS}
</head>
<body>
<header class="site-header"><a class="brand" href="/bench/${n}/">Benchmark careers</a>${MEGA_MENU}</header>
<main>
<nav class="breadcrumb"><a href="/bench/${n}/">Jobs</a> › ${escapeHtml(p.title)}</nav>
<article class="job">
<h1>${escapeHtml(p.title)}</h1>
<p class="company">${escapeHtml(organizationName(p))}</p>
<ul class="facts"><li class="location">${escapeHtml(placeText(p))}</li><li>${escapeHtml(l.workMode[p.workMode])}</li><li>${escapeHtml(l.employmentType[p.employmentType])}</li>${
    p.pay ? `<li class="salary">${escapeHtml(formatPay(p.pay, p.lang))}</li>` : ''
  }<li><time datetime="${isoDate(dates.posted)}">${isoDate(dates.posted)}</time></li></ul>
<div class="description">${descriptionHtml(p)}</div>
<p><a class="apply" href="/bench/${n}/jobs/${i}/#apply">${escapeHtml(l.apply)}</a></p>
</article>
${BENEFITS}
</main>
${FOOTER}
${CONSENT}
</body>
</html>
`;
}

export function benchPageCount(n: number): number {
  return Math.ceil(n / BENCH_PAGE_SIZE);
}

export function renderBenchListing(n: number, page: number): string {
  const first = (page - 1) * BENCH_PAGE_SIZE + 1;
  const last = Math.min(n, page * BENCH_PAGE_SIZE);
  const items: string[] = [];
  for (let i = first; i <= last; i++) {
    const p = benchPosting(i);
    items.push(`<li class="job-card"><a class="job-link" href="/bench/${n}/jobs/${i}/">${escapeHtml(p.title)}</a> <span class="location">${escapeHtml(p.place.city)}</span></li>`);
  }
  const pages = benchPageCount(n);
  const next = page < pages ? `<a rel="next" href="/bench/${n}/page/${page + 1}/">Next</a>` : '';
  const prev = page > 1 ? `<a rel="prev" href="${page === 2 ? `/bench/${n}/` : `/bench/${n}/page/${page - 1}/`}">Previous</a>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Benchmark jobs – page ${page} of ${pages}</title>${page < pages ? `<link rel="next" href="/bench/${n}/page/${page + 1}/">` : ''}</head>
<body>
<h1>${n} jobs</h1>
<ul class="job-list">
${items.join('\n')}
</ul>
<nav class="pagination">${prev} ${next}</nav>
</body>
</html>
`;
}
