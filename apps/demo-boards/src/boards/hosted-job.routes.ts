import { BOARDS, findBoard, type BoardKind } from '../data/boards.data';
import { employerOf } from '../data/employers.data';
import type { DemoPosting } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { html, notFoundHtml, type Route } from '../http/route.types';
import { renderApplyPage } from '../render/career-extras.template';
import { renderPlainJobPage } from '../render/plain-job.template';
import { renderShell } from '../render/page-shell';
import { escapeHtml } from '../render/html-escape';

/** The page behind a feed's job URL (hostedUrl, absolute_url, careers_url, <link> ...). */
export function hostedJobUrl(origin: string, kind: BoardKind, token: string, posting: DemoPosting): string {
  return `${origin}/${kind}/hosted/${token}/${posting.key}/`;
}

export function hostedApplyUrl(origin: string, kind: BoardKind, token: string, posting: DemoPosting): string {
  return `${hostedJobUrl(origin, kind, token, posting)}apply/`;
}

const KINDS = Object.keys(BOARDS).join('|');

export function hostedJobRoutes(ctx: BoardContext): Route[] {
  return [
    {
      pattern: new RegExp(`^/(?<kind>${KINDS})/hosted/(?<token>[a-z0-9-]+)/(?<key>[a-z0-9-]+)/(?<apply>apply/?)?$`),
      handle: (_req, params) => {
        const board = findBoard(params.kind as BoardKind, params.token);
        const posting = board?.postings.find((p) => p.key === params.key);
        if (!board || !posting) return notFoundHtml();
        const siteName = `${employerOf(board.employer).name} Careers`;
        const home = `/${params.kind}/hosted/${board.token}/`;
        if (params.apply) return html(renderApplyPage(siteName, home, posting.title));
        return html(renderPlainJobPage(posting, { siteName, home, applyHref: `${home}${posting.key}/apply/`, now: ctx.now }));
      },
    },
    {
      pattern: new RegExp(`^/(?<kind>${KINDS})/hosted/(?<token>[a-z0-9-]+)/?$`),
      handle: (_req, params) => {
        const board = findBoard(params.kind as BoardKind, params.token);
        if (!board) return notFoundHtml();
        const home = `/${params.kind}/hosted/${board.token}/`;
        return html(
          renderShell({
            lang: 'en',
            title: `${employerOf(board.employer).name} – jobs`,
            siteName: `${employerOf(board.employer).name} Careers`,
            home,
            main: `<h1>Open positions</h1><ul>${board.postings
              .map((p) => `<li><a href="${home}${p.key}/">${escapeHtml(p.title)}</a></li>`)
              .join('')}</ul>`,
          }),
        );
      },
    },
  ];
}
