import { findBoard, type Board } from '../data/boards.data';
import type { DemoPosting, Pay } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { json, type Route } from '../http/route.types';
import { htmlToText } from '../render/html-escape';
import { countryName } from '../render/job-posting-json-ld';
import { descriptionHtml } from '../render/posting-description';
import { postingDates } from '../render/posting-dates';
import { uuid } from '../render/stable-ids';
import { hostedApplyUrl, hostedJobUrl } from './hosted-job.routes';

const EMPLOYMENT = { FULL_TIME: 'FullTime', PART_TIME: 'PartTime', CONTRACTOR: 'Contract', TEMPORARY: 'Temporary', INTERN: 'Intern' };
const WORKPLACE = { onsite: 'OnSite', hybrid: 'Hybrid', remote: 'Remote' };
const INTERVAL: Record<Pay['unit'], string> = { HOUR: '1 HOUR', MONTH: '1 MONTH', YEAR: '1 YEAR' };

/** "$62K", "$17.50": Ashby abbreviates yearly figures and keeps cents on hourly ones. */
function amount(value: number, currency: string): string {
  const symbol = new Intl.NumberFormat('en-US', { style: 'currency', currency }).formatToParts(0).find((x) => x.type === 'currency')?.value ?? currency;
  if (value >= 10_000) return `${symbol}${Number((value / 1000).toFixed(1))}K`;
  return `${symbol}${Number.isInteger(value) ? value : value.toFixed(2)}`;
}

function compensation(p: DemoPosting): Record<string, unknown> {
  if (!p.pay) return { compensationTierSummary: null, scrapeableCompensationSalarySummary: null, compensationTiers: [], summaryComponents: [] };
  const { min, currency, unit } = p.pay;
  const max = p.pay.max ?? min;
  const per = unit === 'HOUR' ? ' per hour' : unit === 'MONTH' ? ' per month' : '';
  const summary = `${amount(min, currency)} – ${amount(max, currency)}${per}`;
  const component = { compensationType: 'Salary', interval: INTERVAL[unit], currencyCode: currency, minValue: min, maxValue: max };
  return {
    compensationTierSummary: summary,
    scrapeableCompensationSalarySummary: summary.replace(' – ', ' - '),
    compensationTiers: [
      {
        id: uuid(`ashby-tier:${p.key}`),
        tierSummary: summary,
        title: null,
        additionalInformation: null,
        components: [{ id: uuid(`ashby-component:${p.key}`), summary, ...component }],
      },
    ],
    summaryComponents: [component],
  };
}

function job(board: Board, p: DemoPosting, origin: string, now: Date, withCompensation: boolean): Record<string, unknown> {
  const description = descriptionHtml(p);
  const location = p.workMode === 'remote' ? `Remote: ${countryName(p.place.country)}` : `${p.place.city}, ${p.place.region ?? countryName(p.place.country)}`;
  const out: Record<string, unknown> = {
    id: uuid(`ashby:${p.key}`),
    title: p.title,
    department: p.department,
    team: p.department,
    employmentType: EMPLOYMENT[p.employmentType],
    location,
    shouldDisplayCompensationOnJobPostings: Boolean(p.pay),
    secondaryLocations: [],
    publishedAt: postingDates(p, now).posted.toISOString().replace('Z', '+00:00'),
    isListed: true,
    isRemote: p.workMode === 'remote',
    workplaceType: WORKPLACE[p.workMode],
    address: { postalAddress: { addressRegion: p.place.region ?? '', addressCountry: countryName(p.place.country), addressLocality: p.place.city } },
    jobUrl: hostedJobUrl(origin, 'ashby', board.token, p),
    applyUrl: hostedApplyUrl(origin, 'ashby', board.token, p),
    descriptionHtml: description,
    descriptionPlain: htmlToText(description),
  };
  if (withCompensation) out.compensation = compensation(p);
  return out;
}

/** Ashby public job board API: `GET /posting-api/job-board/{board}[?includeCompensation=true]`. */
export function ashbyRoutes(ctx: BoardContext): Route[] {
  return [
    {
      pattern: /^\/ashby\/posting-api\/job-board\/(?<board>[^/]+)\/?$/,
      handle: (req, params) => {
        const board = findBoard('ashby', params.board);
        if (!board) return json({ success: false, errors: ['Job board not found'] }, 404);
        const withCompensation = req.url.searchParams.get('includeCompensation') === 'true';
        return json({ jobs: board.postings.map((p) => job(board, p, req.origin, ctx.now, withCompensation)), apiVersion: '1' });
      },
    },
  ];
}
