import { findBoard, type Board } from '../data/boards.data';
import { employerOf } from '../data/employers.data';
import type { DemoPosting, Lang, Seniority } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { json, type Route } from '../http/route.types';
import { countryName, organizationName } from '../render/job-posting-json-ld';
import { escapeHtml } from '../render/html-escape';
import { descriptionSections } from '../render/posting-description';
import { postingDates } from '../render/posting-dates';
import { numericId, uuid } from '../render/stable-ids';
import { hostedApplyUrl, hostedJobUrl } from './hosted-job.routes';

const LANGUAGE: Record<Lang, { label: string; labelNative: string }> = {
  en: { label: 'English', labelNative: 'English (US)' },
  et: { label: 'Estonian', labelNative: 'eesti' },
  nb: { label: 'Norwegian Bokmål', labelNative: 'norsk bokmål' },
  pl: { label: 'Polish', labelNative: 'polski' },
  el: { label: 'Greek', labelNative: 'Ελληνικά' },
  de: { label: 'German', labelNative: 'Deutsch' },
};
const EXPERIENCE: Record<Seniority, { id: string; label: string }> = {
  agent: { id: 'associate', label: 'Associate' },
  team_leader: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
  supervisor: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
  manager: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
  director: { id: 'director', label: 'Director' },
};
const EMPLOYMENT = {
  FULL_TIME: { id: 'full-time', label: 'Full-time' },
  PART_TIME: { id: 'part-time', label: 'Part-time' },
  CONTRACTOR: { id: 'contract', label: 'Contract' },
  TEMPORARY: { id: 'temporary', label: 'Temporary' },
  INTERN: { id: 'internship', label: 'Internship' },
} as const;

const postingId = (p: DemoPosting) => numericId(`sr:${p.key}`, 15);

/** The requisition's primary language version is the "default job ad"; translations are not. */
function isDefaultAd(board: Board, p: DemoPosting): boolean {
  return board.postings.find((x) => x.ref === p.ref) === p;
}

function summary(board: Board, p: DemoPosting, now: Date): Record<string, unknown> {
  const company = employerOf(board.employer);
  return {
    id: postingId(p),
    name: p.title,
    uuid: uuid(`sr-uuid:${p.key}`),
    jobAdId: uuid(`sr-ad:${p.key}`),
    defaultJobAd: isDefaultAd(board, p),
    refNumber: p.ref,
    company: { identifier: company.name.replace(/[^A-Za-z0-9]/g, ''), name: organizationName(p) },
    releasedDate: postingDates(p, now).posted.toISOString(),
    location: {
      city: p.place.city,
      ...(p.place.region ? { region: p.place.region } : {}),
      country: p.place.country.toLowerCase(),
      ...(p.place.street ? { address: p.place.street } : {}),
      ...(p.place.postalCode ? { postalCode: p.place.postalCode } : {}),
      remote: p.workMode === 'remote',
      hybrid: p.workMode === 'hybrid',
      fullLocation: [p.place.city, p.place.region, countryName(p.place.country)].filter(Boolean).join(', '),
    },
    industry: { id: 'hospital_health_care', label: 'Hospital & Health Care' },
    department: { id: numericId(`sr-dept:${p.department}`, 7), label: p.department },
    function: { id: 'customer_service', label: 'Customer Service' },
    typeOfEmployment: EMPLOYMENT[p.employmentType],
    experienceLevel: EXPERIENCE[p.seniority],
    customField: [{ fieldId: 'COUNTRY', fieldLabel: 'Country/Region', valueId: p.place.country.toLowerCase(), valueLabel: countryName(p.place.country) }],
    visibility: 'PUBLIC',
    language: { code: p.lang, ...LANGUAGE[p.lang] },
  };
}

function detail(board: Board, p: DemoPosting, origin: string, now: Date): Record<string, unknown> {
  const s = descriptionSections(p);
  const { customField: _customField, ...rest } = summary(board, p, now);
  return {
    ...rest,
    // Language versions of one requisition share the job id; each has its own posting id.
    jobId: uuid(`sr-job:${board.token}:${p.ref}`),
    postingUrl: hostedJobUrl(origin, 'smartrecruiters', board.token, p),
    applyUrl: hostedApplyUrl(origin, 'smartrecruiters', board.token, p),
    referralUrl: `${hostedJobUrl(origin, 'smartrecruiters', board.token, p)}?referral=true`,
    jobAd: {
      sections: {
        companyDescription: { title: 'Company Description', text: `<p>${escapeHtml(employerOf(p.employer).about[p.lang] ?? employerOf(p.employer).about.en)}</p>` },
        jobDescription: { title: 'Job Description', text: `${s.intro}${s.duties}` },
        qualifications: { title: 'Qualifications', text: s.profile },
        additionalInformation: { title: 'Additional Information', text: s.offer },
      },
    },
    active: true,
  };
}

function intParam(value: string | null, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** SmartRecruiters Posting API: pages with offset/limit (limit at most 100), and a detail. */
export function smartRecruitersRoutes(ctx: BoardContext): Route[] {
  return [
    {
      pattern: /^\/smartrecruiters\/v1\/companies\/(?<company>[^/]+)\/postings\/?$/,
      handle: (req, params) => {
        const board = findBoard('smartrecruiters', params.company);
        const offset = intParam(req.url.searchParams.get('offset'), 0, 0, 1_000_000);
        const limit = intParam(req.url.searchParams.get('limit'), 100, 1, 100);
        // An unknown company is not an error here: the real API answers an empty page.
        const all = board ? board.postings.map((p) => ({ ...summary(board, p, ctx.now), ref: `${req.origin}/smartrecruiters/v1/companies/${board.token}/postings/${postingId(p)}` })) : [];
        return json({ offset, limit, totalFound: all.length, content: all.slice(offset, offset + limit) });
      },
    },
    {
      pattern: /^\/smartrecruiters\/v1\/companies\/(?<company>[^/]+)\/postings\/(?<id>\d+)\/?$/,
      handle: (req, params) => {
        const board = findBoard('smartrecruiters', params.company);
        const p = board?.postings.find((x) => postingId(x) === params.id);
        if (!board || !p) return json({ code: 'NOT_FOUND', message: `Posting with id ${params.id} not found` }, 404);
        return json(detail(board, p, req.origin, ctx.now));
      },
    },
  ];
}
