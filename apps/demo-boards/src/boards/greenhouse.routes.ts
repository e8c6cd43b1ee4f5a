import { findBoard, type Board } from '../data/boards.data';
import type { DemoPosting } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { json, type Route } from '../http/route.types';
import { countryName, organizationName } from '../render/job-posting-json-ld';
import { escapeHtml } from '../render/html-escape';
import { labelsFor } from '../render/labels';
import { descriptionSections } from '../render/posting-description';
import { isoSeconds, postingDates } from '../render/posting-dates';
import { numericId } from '../render/stable-ids';
import { hostedJobUrl } from './hosted-job.routes';

const money = (value: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);

/** Greenhouse boards print pay transparency ranges in a block of their own at the end. */
function payTransparency(p: DemoPosting): string {
  if (!p.pay) return '';
  const { min, max, currency } = p.pay;
  return `<div class="content-pay-transparency"><div class="pay-input"><div class="title">Pay range</div><div class="pay-range"><span>${money(min, currency)}</span>${
    max === undefined ? '' : `<span class="divider">&mdash;</span><span>${money(max, currency)}</span>`
  } <span>${currency}</span></div></div></div>`;
}

function content(p: DemoPosting): string {
  const s = descriptionSections(p);
  return `<div class="content-intro">${s.about}</div>${s.intro}${s.duties}${s.profile}${s.offer}${payTransparency(p)}`;
}

function locationName(p: DemoPosting): string {
  if (p.workMode === 'remote') return `Remote - ${countryName(p.place.country)}`;
  return [p.place.city, p.place.region ?? countryName(p.place.country)].join(', ');
}

function job(board: Board, p: DemoPosting, origin: string, now: Date, withContent: boolean): Record<string, unknown> {
  const dates = postingDates(p, now);
  const id = Number(numericId(`gh-job:${p.key}`, 10));
  const base: Record<string, unknown> = {
    absolute_url: hostedJobUrl(origin, 'greenhouse', board.token, p),
    data_compliance: [
      {
        type: 'gdpr',
        requires_consent: false,
        requires_processing_consent: false,
        requires_retention_consent: false,
        retention_period: null,
        demographic_data_consent_applies: false,
      },
    ],
    internal_job_id: Number(numericId(`gh-internal:${p.ref}`, 10)),
    location: { name: locationName(p) },
    metadata: [
      {
        id: Number(numericId(`gh-meta:${board.token}`, 10)),
        name: 'Employment Type',
        value: labelsFor('en').employmentType[p.employmentType],
        value_type: 'single_select',
      },
    ],
    id,
    updated_at: isoSeconds(dates.posted),
    requisition_id: p.ref,
    title: p.title,
    company_name: organizationName(p),
    first_published: isoSeconds(dates.posted),
    language: p.lang,
    application_deadline: null,
  };
  if (!withContent) return base;
  return {
    ...base,
    // The real API escapes the HTML as entities; consumers must unescape once.
    content: escapeHtml(content(p)),
    departments: [{ id: Number(numericId(`gh-dept:${p.department}`, 10)), name: p.department, child_ids: [], parent_id: null }],
    offices: [
      {
        id: Number(numericId(`gh-office:${p.place.city}`, 10)),
        name: p.place.city,
        location: [p.place.city, p.place.region, countryName(p.place.country)].filter(Boolean).join(', '),
        child_ids: [],
        parent_id: null,
      },
    ],
  };
}

/** Greenhouse Job Board API: `GET /v1/boards/{board}/jobs[?content=true]` and `/jobs/{id}`. */
export function greenhouseRoutes(ctx: BoardContext): Route[] {
  const notFound = () => json({ status: 404, error: 'Job not found' }, 404);
  return [
    {
      pattern: /^\/greenhouse\/v1\/boards\/(?<board>[^/]+)\/jobs\/?$/,
      handle: (req, params) => {
        const board = findBoard('greenhouse', params.board);
        if (!board) return notFound();
        const withContent = req.url.searchParams.get('content') === 'true';
        const jobs = board.postings.map((p) => job(board, p, req.origin, ctx.now, withContent));
        return json({ jobs, meta: { total: jobs.length } });
      },
    },
    {
      pattern: /^\/greenhouse\/v1\/boards\/(?<board>[^/]+)\/jobs\/(?<id>\d+)\/?$/,
      handle: (req, params) => {
        const board = findBoard('greenhouse', params.board);
        const posting = board?.postings.find((p) => numericId(`gh-job:${p.key}`, 10) === params.id);
        return board && posting ? json(job(board, posting, req.origin, ctx.now, true)) : notFound();
      },
    },
  ];
}
