import { findBoard, type Board } from '../data/boards.data';
import { employerOf } from '../data/employers.data';
import type { DemoPosting, Seniority } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { json, type Route } from '../http/route.types';
import { escapeHtml } from '../render/html-escape';
import { countryName } from '../render/job-posting-json-ld';
import { labelsFor } from '../render/labels';
import { descriptionHtml } from '../render/posting-description';
import { isoDate, postingDates } from '../render/posting-dates';
import { shortCode } from '../render/stable-ids';
import { hostedApplyUrl, hostedJobUrl } from './hosted-job.routes';

const EXPERIENCE: Record<Seniority, string> = {
  agent: 'Entry level',
  team_leader: 'Mid-Senior level',
  supervisor: 'Mid-Senior level',
  manager: 'Mid-Senior level',
  director: 'Director',
};

const INDUSTRY: Record<string, string> = { hilton: 'Hospitality', 'home-depot': 'Retail' };

function job(board: Board, p: DemoPosting, origin: string, now: Date, details: boolean): Record<string, unknown> {
  const dates = postingDates(p, now);
  const url = hostedJobUrl(origin, 'workable', board.token, p);
  const out: Record<string, unknown> = {
    title: p.title,
    shortcode: shortCode(`workable:${p.key}`, 10),
    code: p.ref,
    employment_type: labelsFor('en').employmentType[p.employmentType],
    telecommuting: p.workMode === 'remote',
    department: p.department,
    url,
    shortlink: url,
    application_url: hostedApplyUrl(origin, 'workable', board.token, p),
    published_on: isoDate(dates.posted),
    created_at: isoDate(new Date(dates.posted.getTime() - 2 * 86_400_000)),
    country: countryName(p.place.country),
    city: p.place.city,
    state: p.place.region ?? '',
    education: '',
    experience: EXPERIENCE[p.seniority],
    function: 'Customer Service',
    industry: INDUSTRY[board.employer] ?? '',
    locations: [
      { country: countryName(p.place.country), countryCode: p.place.country, city: p.place.city, region: p.place.region ?? '', hidden: false },
    ],
  };
  // As in the real widget API, descriptions come only with ?details=true.
  if (details) out.description = descriptionHtml(p);
  return out;
}

/** Workable widget API: `GET /api/v1/widget/accounts/{account}[?details=true]`. */
export function workableRoutes(ctx: BoardContext): Route[] {
  return [
    {
      pattern: /^\/workable\/api\/v1\/widget\/accounts\/(?<account>[^/]+)\/?$/,
      handle: (req, params) => {
        const board = findBoard('workable', params.account);
        if (!board) return json({ error: 'Not Found' }, 404);
        const details = req.url.searchParams.get('details') === 'true';
        const employer = employerOf(board.employer);
        return json({
          name: employer.name,
          description: `<p>${escapeHtml(employer.about.en)}</p>`,
          jobs: board.postings.map((p) => job(board, p, req.origin, ctx.now, details)),
        });
      },
    },
  ];
}
