import { findBoard, type Board } from '../data/boards.data';
import type { DemoPosting, Pay } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { json, type Route } from '../http/route.types';
import { escapeHtml, htmlToText } from '../render/html-escape';
import { countryName } from '../render/job-posting-json-ld';
import { labelsFor } from '../render/labels';
import { aboutEmployer, headingsFor } from '../render/posting-description';
import { postingDates } from '../render/posting-dates';
import { uuid } from '../render/stable-ids';
import { hostedApplyUrl, hostedJobUrl } from './hosted-job.routes';

const INTERVAL: Record<Pay['unit'], string> = { HOUR: 'per-hour-wage', MONTH: 'per-month-salary', YEAR: 'per-year-salary' };
const WORKPLACE = { onsite: 'on-site', hybrid: 'hybrid', remote: 'remote' } as const;
const li = (items: string[]) => items.map((i) => `<li>${escapeHtml(i)}</li>`).join('');

function locationText(p: DemoPosting): string {
  return p.place.region ? `${p.place.city}, ${p.place.region}` : `${p.place.city}, ${countryName(p.place.country)}`;
}

/** One element of Lever's `?mode=json` array, field for field. */
function posting(board: Board, p: DemoPosting, origin: string, now: Date): Record<string, unknown> {
  const h = headingsFor(p.lang);
  const opening = `<div>${escapeHtml(aboutEmployer(p))}</div>`;
  const body = `<div>${escapeHtml(p.body.intro)}</div>`;
  const additional = `<div><b>${escapeHtml(h.offer)}</b></div><ul>${li(p.body.offer)}</ul>`;
  const out: Record<string, unknown> = {
    additionalPlain: htmlToText(additional),
    additional,
    categories: {
      commitment: labelsFor('en').employmentType[p.employmentType],
      department: p.department,
      location: locationText(p),
      team: p.department,
      allLocations: [locationText(p)],
    },
    createdAt: postingDates(p, now).posted.getTime(),
    descriptionPlain: htmlToText(`${opening}${body}`),
    description: `${opening}${body}`,
    id: uuid(`lever:${p.key}`),
    lists: [
      { text: h.duties, content: li(p.body.duties) },
      { text: h.profile, content: li(p.body.profile) },
    ],
    text: p.title,
    country: p.place.country,
    workplaceType: WORKPLACE[p.workMode],
    opening,
    openingPlain: htmlToText(opening),
    descriptionBody: body,
    descriptionBodyPlain: htmlToText(body),
    hostedUrl: hostedJobUrl(origin, 'lever', board.token, p),
    applyUrl: hostedApplyUrl(origin, 'lever', board.token, p),
  };
  if (p.pay) {
    out.salaryRange = { min: p.pay.min, max: p.pay.max ?? p.pay.min, currency: p.pay.currency, interval: INTERVAL[p.pay.unit] };
  }
  return out;
}

/** Lever postings API: a bare array; an unknown site is a 404 object, not an empty array. */
export function leverRoutes(ctx: BoardContext): Route[] {
  const notFound = () => json({ ok: false, error: 'Document not found' }, 404);
  return [
    {
      pattern: /^\/lever\/v0\/postings\/(?<site>[^/]+)\/?$/,
      handle: (req, params) => {
        const board = findBoard('lever', params.site);
        if (!board) return notFound();
        const skip = Math.max(0, Number.parseInt(req.url.searchParams.get('skip') ?? '0', 10) || 0);
        const limitParam = Number.parseInt(req.url.searchParams.get('limit') ?? '', 10);
        const all = board.postings.map((p) => posting(board, p, req.origin, ctx.now));
        return json(all.slice(skip, Number.isFinite(limitParam) && limitParam > 0 ? skip + limitParam : undefined));
      },
    },
    {
      pattern: /^\/lever\/v0\/postings\/(?<site>[^/]+)\/(?<id>[0-9a-f-]{36})\/?$/,
      handle: (req, params) => {
        const board = findBoard('lever', params.site);
        const p = board?.postings.find((x) => uuid(`lever:${x.key}`) === params.id);
        return board && p ? json(posting(board, p, req.origin, ctx.now)) : notFound();
      },
    },
  ];
}
