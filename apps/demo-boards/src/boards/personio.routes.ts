import { findBoard, groupByRef, type Board } from '../data/boards.data';
import type { DemoPosting, Lang, Seniority } from '../data/posting.types';
import type { BoardContext } from '../http/board-context';
import { notFoundHtml, xml, type Route } from '../http/route.types';
import { escapeHtml } from '../render/html-escape';
import { organizationName } from '../render/job-posting-json-ld';
import { headingsFor } from '../render/posting-description';
import { isoSeconds, postingDates } from '../render/posting-dates';

const LANGUAGES: Lang[] = ['de', 'en', 'et', 'nb', 'pl', 'el'];
const SENIORITY: Record<Seniority, string> = {
  agent: 'experienced',
  team_leader: 'experienced',
  supervisor: 'experienced',
  manager: 'executive',
  director: 'executive',
};
const EMPLOYMENT = { FULL_TIME: 'permanent', PART_TIME: 'permanent', CONTRACTOR: 'freelance', TEMPORARY: 'temporary', INTERN: 'intern' };
const SCHEDULE = { FULL_TIME: 'full-time', PART_TIME: 'part-time', CONTRACTOR: 'full-or-part-time', TEMPORARY: 'full-time', INTERN: 'full-time' };
const PAY_TYPE = { HOUR: 'hourly', MONTH: 'monthly', YEAR: 'yearly' };
const SYMBOL: Record<string, string> = { EUR: '€', GBP: '£', USD: '$', PLN: 'zł', NOK: 'kr' };

// Personio's feed has tabs, blank lines and CDATA with leading spaces; the layout is kept
// because parsers meet it in the wild.
function section(name: string, value: string): string {
  return `\t\t\t<jobDescription>
\t\t\t\t<name>${escapeHtml(name)}</name>
\t\t\t\t<value>
\t\t\t\t\t<![CDATA[
                                ${value.replace(/]]>/g, ']]&gt;')}
]]>
\t\t\t\t</value>
\t\t\t</jobDescription>`;
}

const bullets = (items: string[]) => items.map((i) => `•    ${escapeHtml(i)}`).join('<br>');

function position(p: DemoPosting, now: Date): string {
  const h = headingsFor(p.lang);
  const salary = p.pay
    ? `
\t\t<salaryInformation>
\t\t\t<min>${p.pay.min.toFixed(2)}</min>
\t\t\t<max>${p.pay.max === undefined ? '' : p.pay.max.toFixed(2)}</max>
\t\t\t<currencySymbol>${SYMBOL[p.pay.currency] ?? p.pay.currency}</currencySymbol>
\t\t\t<currencyCode>${p.pay.currency}</currencyCode>
\t\t\t<type>${PAY_TYPE[p.pay.unit]}</type>
\t\t</salaryInformation>
`
    : '';
  return `\t<position>
\t\t<id>${p.ref}</id>
\t\t<subcompany>${escapeHtml(organizationName(p))}</subcompany>
\t\t<office>${escapeHtml(p.place.city)}</office>
\t\t<department>${escapeHtml(p.department)}</department>
\t\t<recruitingCategory>Festanstellung</recruitingCategory>

\t\t<name>${escapeHtml(p.title)}</name>

\t\t<jobDescriptions>
${section(h.duties, `${escapeHtml(p.body.intro)}<br>${bullets(p.body.duties)}`)}
${section(h.profile, bullets(p.body.profile))}
${section(h.offer, bullets(p.body.offer))}
\t\t</jobDescriptions>

\t\t<employmentType>${EMPLOYMENT[p.employmentType]}</employmentType>

\t\t<seniority>${SENIORITY[p.seniority]}</seniority>

\t\t<schedule>${SCHEDULE[p.employmentType]}</schedule>

\t\t<yearsOfExperience>${p.seniority === 'agent' ? 'lt-1' : '2-5'}</yearsOfExperience>

\t\t<keywords>${escapeHtml(p.department)}</keywords>

\t\t<occupation>customer_service</occupation>

\t\t<occupationCategory>customer_service</occupationCategory>

\t\t<createdAt>${isoSeconds(postingDates(p, now).posted)}</createdAt>
${salary}
\t</position>`;
}

/** The language version a feed in `lang` shows: the translation if there is one, else German. */
function version(group: DemoPosting[], lang: Lang): DemoPosting {
  return group.find((p) => p.lang === lang) ?? group.find((p) => p.lang === 'de') ?? group[0];
}

export function personioFeed(board: Board, lang: Lang, now: Date): string {
  const positions = groupByRef(board.postings).map((g) => position(version(g, lang), now));
  return `<?xml version="1.0" encoding="UTF-8"?>

<workzag-jobs>
${positions.length ? `\n\n${positions.join('\n\n\n\n')}\n\n` : ''}
</workzag-jobs>
`;
}

/**
 * Personio's XML feed lives at https://{company}.jobs.personio.de/xml; here the company is
 * a path segment: `/personio/{company}/xml?language=xx` (German unless a language is asked).
 */
export function personioRoutes(ctx: BoardContext): Route[] {
  return [
    {
      pattern: /^\/personio\/(?<company>[^/]+)\/xml\/?$/,
      handle: (req, params) => {
        const board = findBoard('personio', params.company);
        if (!board) return notFoundHtml();
        const asked = req.url.searchParams.get('language') as Lang | null;
        const lang = asked && LANGUAGES.includes(asked) ? asked : 'de';
        return xml(personioFeed(board, lang, ctx.now), 'text/xml; charset=UTF-8');
      },
    },
  ];
}
