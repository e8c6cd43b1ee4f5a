import { findBoard, type Board } from '../data/boards.data';
import { employerOf } from '../data/employers.data';
import type { DemoPosting } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { notFoundHtml, xml, type Route } from '../http/route.types';
import { escapeHtml } from '../render/html-escape';
import { countryName, organizationName } from '../render/job-posting-json-ld';
import { labelsFor } from '../render/labels';
import { descriptionHtml } from '../render/posting-description';
import { isoSeconds, postingDates } from '../render/posting-dates';
import { hostedJobUrl } from './hosted-job.routes';

/** Job-board feeds (We Work Remotely style) put "Company: Title" in the item title. */
function rssItem(board: Board, p: DemoPosting, origin: string, now: Date): string {
  const dates = postingDates(p, now);
  const link = hostedJobUrl(origin, 'rss', board.token, p);
  const headquarters = `<p>\n  <strong>Headquarters:</strong> ${escapeHtml(p.place.city)}, ${escapeHtml(countryName(p.place.country))}\n</p>\n\n`;
  return `    <item>
      <title>${escapeHtml(`${organizationName(p)}: ${p.title}`)}</title>
      <region>${p.workMode === 'remote' ? 'Anywhere in ' + escapeHtml(countryName(p.place.country)) : escapeHtml(p.place.city)}</region>
      <country>${escapeHtml(countryName(p.place.country))}</country>
      <state>${escapeHtml(p.place.region ?? '')}</state>
      <skills />
      <category>${escapeHtml(p.department)}</category>
      <type>${escapeHtml(labelsFor('en').employmentType[p.employmentType])}</type>
      <description>${escapeHtml(headquarters + descriptionHtml(p))}</description>
      <pubDate>${dates.posted.toUTCString().replace('GMT', '+0000')}</pubDate>
      <expires_at>${dates.validThrough.toUTCString().replace('GMT', '+0000')}</expires_at>
      <guid>${escapeHtml(link)}</guid>
      <link>${escapeHtml(link)}</link>
    </item>`;
}

export function rssFeed(board: Board, origin: string, now: Date): string {
  const employer = employerOf(board.employer);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeHtml(employer.name)}: open positions</title>
    <link>${origin}/feeds/${board.token}/jobs.rss</link>
    <atom:link href="${origin}/feeds/${board.token}/jobs.rss" rel="self" type="application/rss+xml" />
    <description>${escapeHtml(employer.about.en)}</description>
    <language>en-US</language>
    <ttl>60</ttl>
${board.postings.map((p) => rssItem(board, p, origin, now)).join('\n')}
  </channel>
</rss>
`;
}

function atomEntry(board: Board, p: DemoPosting, origin: string, now: Date): string {
  const dates = postingDates(p, now);
  const link = hostedJobUrl(origin, 'atom', board.token, p);
  return `  <entry xml:lang="${p.lang}">
    <id>${escapeHtml(link)}</id>
    <title type="text">${escapeHtml(p.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeHtml(link)}"/>
    <published>${isoSeconds(dates.posted)}</published>
    <updated>${isoSeconds(dates.posted)}</updated>
    <author><name>${escapeHtml(organizationName(p))}</name></author>
    <category term="${escapeHtml(p.department)}"/>
    <summary type="text">${escapeHtml(`${p.place.city}, ${countryName(p.place.country)} · ${labelsFor(p.lang).employmentType[p.employmentType]}`)}</summary>
    <content type="html">${escapeHtml(descriptionHtml(p))}</content>
  </entry>`;
}

export function atomFeed(board: Board, origin: string, now: Date): string {
  const employer = employerOf(board.employer);
  const updated = board.postings.map((p) => postingDates(p, now).posted).sort((a, b) => b.getTime() - a.getTime())[0] ?? now;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${origin}/feeds/${board.token}/jobs.atom</id>
  <title>${escapeHtml(employer.name)} jobs</title>
  <updated>${isoSeconds(updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${origin}/feeds/${board.token}/jobs.atom"/>
  <link rel="alternate" type="text/html" href="${escapeHtml(employer.website)}"/>
${board.postings.map((p) => atomEntry(board, p, origin, now)).join('\n')}
</feed>
`;
}

/** `/feeds/{token}/jobs.rss` (RSS 2.0) and `/feeds/{token}/jobs.atom` (Atom 1.0). */
export function feedRoutes(ctx: BoardContext): Route[] {
  return [
    {
      pattern: /^\/feeds\/(?<token>[a-z0-9-]+)\/jobs\.rss$/,
      handle: (req, params) => {
        const board = findBoard('rss', params.token);
        return board ? xml(rssFeed(board, req.origin, ctx.now), 'application/rss+xml; charset=utf-8') : notFoundHtml();
      },
    },
    {
      pattern: /^\/feeds\/(?<token>[a-z0-9-]+)\/jobs\.atom$/,
      handle: (req, params) => {
        const board = findBoard('atom', params.token);
        return board ? xml(atomFeed(board, req.origin, ctx.now), 'application/atom+xml; charset=utf-8') : notFoundHtml();
      },
    },
  ];
}
