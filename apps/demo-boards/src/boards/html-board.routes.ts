import { findBoard, type Board } from '../data/boards.data';
import { employerOf } from '../data/employers.data';
import type { BoardContext } from '../http/board-context';
import { html, notFoundHtml, type Route } from '../http/route.types';
import { renderApplyPage } from '../render/career-extras.template';
import { placeText } from '../render/career-site.template';
import { escapeHtml } from '../render/html-escape';
import { isoDate, postingDates } from '../render/posting-dates';
import { renderShell } from '../render/page-shell';
import { renderPlainJobPage } from '../render/plain-job.template';

export const HTML_BOARD_PAGE_SIZE = 3;

const listingPath = (board: Board, page: number) =>
  page <= 1 ? `/html/${board.token}/jobs/` : `/html/${board.token}/jobs/page/${page}/`;
const detailPath = (board: Board, ref: string) => `/html/${board.token}/jobs/${ref}/`;

/** A career site without structured data: a table of jobs, read with CSS selectors. */
function renderTable(board: Board, page: number, now: Date): string {
  const pages = Math.max(1, Math.ceil(board.postings.length / HTML_BOARD_PAGE_SIZE));
  const rows = board.postings
    .slice((page - 1) * HTML_BOARD_PAGE_SIZE, page * HTML_BOARD_PAGE_SIZE)
    .map(
      (p) => `<tr>
  <td class="title"><a href="${detailPath(board, p.ref)}">${escapeHtml(p.title)}</a></td>
  <td class="location">${escapeHtml(placeText(p))}</td>
  <td class="team">${escapeHtml(p.department)}</td>
  <td><time datetime="${isoDate(postingDates(p, now).posted)}">${isoDate(postingDates(p, now).posted)}</time></td>
</tr>`,
    )
    .join('\n');
  const employer = employerOf(board.employer);
  return renderShell({
    lang: 'en',
    title: `Jobs at ${employer.name}${page > 1 ? ` – page ${page}` : ''}`,
    siteName: `${employer.name} Jobs`,
    home: listingPath(board, 1),
    main: `<h1>Jobs at ${escapeHtml(employer.name)}</h1>
<table class="jobs">
<thead><tr><th>Role</th><th>Location</th><th>Team</th><th>Posted</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<nav class="pagination">${page > 1 ? `<a rel="prev" href="${listingPath(board, page - 1)}">Previous</a>` : ''} ${
      page < pages ? `<a rel="next" href="${listingPath(board, page + 1)}">Next</a>` : ''
    }</nav>`,
  });
}

export function htmlBoardRoutes(ctx: BoardContext): Route[] {
  return [
    {
      pattern: /^\/html\/(?<token>[a-z0-9-]+)\/jobs\/(?:page\/(?<page>\d{1,6})\/)?$/,
      handle: (_req, params) => {
        const board = findBoard('html', params.token);
        const page = Number(params.page ?? 1);
        const pages = board ? Math.ceil(board.postings.length / HTML_BOARD_PAGE_SIZE) : 0;
        if (!board || page < 1 || page > Math.max(1, pages)) return notFoundHtml();
        return html(renderTable(board, page, ctx.now));
      },
    },
    {
      pattern: /^\/html\/(?<token>[a-z0-9-]+)\/jobs\/(?<ref>[0-9A-Za-z-]+)\/(?<apply>apply\/)?$/,
      handle: (_req, params) => {
        const board = findBoard('html', params.token);
        const p = board?.postings.find((x) => x.ref === params.ref);
        if (!board || !p) return notFoundHtml();
        const siteName = `${employerOf(board.employer).name} Jobs`;
        if (params.apply) return html(renderApplyPage(siteName, listingPath(board, 1), p.title));
        return html(
          renderPlainJobPage(p, { siteName, home: listingPath(board, 1), applyHref: `${detailPath(board, p.ref)}apply/`, now: ctx.now }),
        );
      },
    },
  ];
}
