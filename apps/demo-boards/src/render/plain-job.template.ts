import type { DemoPosting } from '../data/posting.types';
import { escapeHtml } from './html-escape';
import { organizationName } from './job-posting-json-ld';
import { formatPay, labelsFor } from './labels';
import { placeText } from './career-site.template';
import { renderShell } from './page-shell';
import { descriptionHtml } from './posting-description';
import { isoDate, postingDates } from './posting-dates';

export interface PlainJobPageOptions {
  siteName: string;
  home: string;
  applyHref: string;
  now: Date;
}

/**
 * A job page without structured data: the `html` board's detail page (read with CSS
 * selectors) and the page behind every ATS feed's job URL.
 */
export function renderPlainJobPage(posting: DemoPosting, o: PlainJobPageOptions): string {
  const l = labelsFor(posting.lang);
  const dates = postingDates(posting, o.now);
  return renderShell({
    lang: posting.lang,
    title: `${posting.title} | ${o.siteName}`,
    siteName: o.siteName,
    home: o.home,
    main: `<article class="job-detail">
<h1 class="job-title">${escapeHtml(posting.title)}</h1>
<dl class="job-facts">
  <dt>Employer</dt><dd class="company">${escapeHtml(organizationName(posting))}</dd>
  <dt>${escapeHtml(l.location)}</dt><dd class="location">${escapeHtml(placeText(posting))}</dd>
  <dt>Work mode</dt><dd class="work-mode">${escapeHtml(l.workMode[posting.workMode])}</dd>
  <dt>Employment type</dt><dd class="employment-type">${escapeHtml(l.employmentType[posting.employmentType])}</dd>
  ${posting.pay ? `<dt>${escapeHtml(l.salary)}</dt><dd class="salary">${escapeHtml(formatPay(posting.pay, posting.lang))}</dd>` : ''}
  <dt>${escapeHtml(l.posted)}</dt><dd><time class="posted" datetime="${isoDate(dates.posted)}">${isoDate(dates.posted)}</time></dd>
  <dt>${escapeHtml(l.closes)}</dt><dd class="valid-through">${isoDate(dates.validThrough)}</dd>
</dl>
<section class="description">${descriptionHtml(posting)}</section>
<p><a class="apply" href="${escapeHtml(o.applyHref)}">${escapeHtml(l.apply)}</a></p>
<p class="job-id">Job ID: ${escapeHtml(posting.ref)}</p>
</article>`,
  });
}
