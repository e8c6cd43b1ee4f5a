import { findBoard, groupByRef, type Board } from '../data/boards.data';
import type { DemoPosting, Seniority } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { html, json, notFoundHtml, type Route } from '../http/route.types';
import { renderApplyPage } from '../render/career-extras.template';
import { renderPlainJobPage } from '../render/plain-job.template';
import { employerOf } from '../data/employers.data';
import { escapeHtml, htmlToText, slugify } from '../render/html-escape';
import { countryName, organizationName } from '../render/job-posting-json-ld';
import { descriptionSections } from '../render/posting-description';
import { postingDates } from '../render/posting-dates';
import { lowerCode, numericId } from '../render/stable-ids';

const EXPERIENCE: Record<Seniority, string> = {
  agent: 'mid_level',
  team_leader: 'experienced',
  supervisor: 'experienced',
  manager: 'manager',
  director: 'executive',
};
const EMPLOYMENT = {
  FULL_TIME: 'fulltime_permanent',
  PART_TIME: 'parttime_permanent',
  CONTRACTOR: 'freelance',
  TEMPORARY: 'fulltime_fixed_term',
  INTERN: 'internship',
};
const PERIOD = { HOUR: 'hour', MONTH: 'month', YEAR: 'year' };

/** "2026-08-11 20:45:29 UTC", Recruitee's timestamp format. */
const recruiteeTime = (d: Date) => `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

function texts(p: DemoPosting) {
  const s = descriptionSections(p);
  return {
    title: p.title,
    description: `${s.intro}${s.duties}${s.offer}${s.about}`,
    requirements: s.profile,
  };
}

/** One offer: top-level fields in the company's primary language, all versions under translations. */
function offer(board: Board, group: DemoPosting[], index: number, origin: string, now: Date): Record<string, unknown> {
  const p = group[0];
  const dates = postingDates(p, now);
  const slug = slugify(p.title);
  const careersUrl = `${origin}/recruitee/${board.token}/o/${slug}`;
  const t = texts(p);
  const location = {
    id: Number(numericId(`rc-loc:${p.place.city}`, 6)),
    name: p.place.city,
    state: p.place.region ?? null,
    country: countryName(p.place.country),
    city: p.place.city,
    translations: Object.fromEntries(
      group.map((v) => [v.lang, { name: v.place.city, city: v.place.city, postal_code: v.place.postalCode ?? null, street: v.place.street ?? null, note: null }]),
    ),
    country_code: p.place.country,
    state_code: null,
    postal_code: p.place.postalCode ?? null,
    street: p.place.street ?? null,
    note: null,
  };
  return {
    id: Number(numericId(`rc:${board.token}:${p.ref}`, 7)),
    guid: lowerCode(`rc-guid:${p.ref}`, 5),
    slug,
    title: t.title,
    status: 'published',
    position: index + 1,
    company_name: organizationName(p),
    department: p.department,
    category_code: 'customer_support',
    employment_type_code: EMPLOYMENT[p.employmentType],
    experience_code: EXPERIENCE[p.seniority],
    education_code: 'high_school',
    description: t.description,
    requirements: t.requirements,
    highlight: null,
    sharing_title: t.title,
    sharing_description: htmlToText(`<p>${escapeHtml(p.body.intro)}</p>`).slice(0, 160),
    sharing_image: null,
    cover_image: null,
    careers_url: careersUrl,
    careers_apply_url: `${careersUrl}/c/new`,
    mailbox_email: `job.${lowerCode(`rc-guid:${p.ref}`, 5)}@${board.token}.recruitee.com`,
    location: [p.place.city, p.place.region, countryName(p.place.country)].filter(Boolean).join(', '),
    locations: [location],
    locations_question: 'Milline asukoht sobib sulle kõige rohkem?',
    locations_question_required: false,
    locations_question_type: 'multiple_choice',
    location_question_visible: false,
    city: p.place.city,
    state_name: p.place.region ?? null,
    state_code: null,
    country: countryName(p.place.country),
    country_code: p.place.country,
    postal_code: p.place.postalCode ?? null,
    remote: p.workMode === 'remote',
    hybrid: p.workMode === 'hybrid',
    on_site: p.workMode === 'onsite',
    salary: p.pay
      ? { min: String(p.pay.min), max: p.pay.max === undefined ? null : String(p.pay.max), period: PERIOD[p.pay.unit], currency: p.pay.currency }
      : { min: null, max: null, period: null, currency: null },
    min_hours: p.employmentType === 'PART_TIME' ? 20 : 40,
    max_hours: 40,
    min_hours_per_week: p.employmentType === 'PART_TIME' ? '20' : '40',
    max_hours_per_week: '40',
    options_cv: 'required',
    options_cover_letter: 'optional',
    options_phone: 'optional',
    options_photo: 'off',
    options_salutation: 'off',
    options_title: 'off',
    open_questions: [],
    dynamic_fields: [],
    tags: [],
    translations: Object.fromEntries(group.map((v) => [v.lang, { ...texts(v), highlight: null, sharing_title: v.title }])),
    created_at: recruiteeTime(dates.posted),
    published_at: recruiteeTime(dates.posted),
    updated_at: recruiteeTime(dates.posted),
    close_at: null,
  };
}

/** Recruitee careers API: `https://{company}.recruitee.com/api/offers/` → `{ offers: [...] }`. */
export function recruiteeRoutes(ctx: BoardContext): Route[] {
  return [
    {
      pattern: /^\/recruitee\/(?<company>[^/]+)\/api\/offers\/?$/,
      handle: (req, params) => {
        const board = findBoard('recruitee', params.company);
        if (!board) return json({ error: 'Not found' }, 404);
        return json({ offers: groupByRef(board.postings).map((g, i) => offer(board, g, i, req.origin, ctx.now)) });
      },
    },
    {
      // The offer's careers_url, a page on the company's Recruitee careers site.
      pattern: /^\/recruitee\/(?<company>[^/]+)\/o\/(?<slug>[a-z0-9-]+)(?<apply>\/c\/new)?\/?$/,
      handle: (_req, params) => {
        const board = findBoard('recruitee', params.company);
        const p = board?.postings.find((x) => slugify(x.title) === params.slug);
        if (!board || !p) return notFoundHtml();
        const siteName = `${employerOf(board.employer).name} – karjäär`;
        const home = `/recruitee/${board.token}/o/${params.slug}`;
        if (params.apply) return html(renderApplyPage(siteName, home, p.title));
        return html(renderPlainJobPage(p, { siteName, home, applyHref: `${home}/c/new`, now: ctx.now }));
      },
    },
  ];
}
