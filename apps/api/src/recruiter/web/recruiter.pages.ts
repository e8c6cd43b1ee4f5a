import { roleLabel, seniorityLabel, type Role, type Seniority } from '@app/taxonomy';
import { html, layout, type SafeHtml } from '../../auth/web/html';
import { EMPLOYMENT_TYPES, REMOTE_MODES, SALARY_PERIODS } from '../dto/posting-fields.dto';
import type { RecruiterPostingView } from '../recruiter-posting.view';
import type { FormValues } from './posting-form';

interface Chrome {
  email: string;
  csrf: string;
}

const NOTICES: Record<string, string> = {
  created: 'Your posting is live. The tags it got are in the list.',
  updated: 'Your changes are saved and live.',
  pending: 'Saved. It is being processed and will appear on the board shortly.',
  closed: 'The posting is closed: job seekers no longer see it.',
};

const LABELS: Record<string, string> = {
  remote: 'Remote', hybrid: 'Hybrid', onsite: 'On site', hour: 'per hour', day: 'per day', week: 'per week', month: 'per month', year: 'per year',
  full_time: 'Full time', part_time: 'Part time', contract: 'Contract', temporary: 'Temporary', internship: 'Internship', volunteer: 'Volunteer', per_diem: 'Per diem', other: 'Other',
};

function tagsOf(view: RecruiterPostingView): string {
  const tags = view.posting?.tags;
  if (!tags) return '';
  const roles = tags.roles.map((r) => roleLabel(r as Role, 'en'));
  const seniority = tags.seniority ? seniorityLabel(tags.seniority as Seniority, 'en') : null;
  return [...roles, seniority, tags.remoteMode && LABELS[tags.remoteMode], tags.city, tags.country].filter(Boolean).join(' · ');
}

export function postingsListPage(chrome: Chrome, postings: RecruiterPostingView[], opts: { notice?: string; showEmployer: boolean; nextCursor: string | null }): string {
  const notice = opts.notice && NOTICES[opts.notice];
  const rows = postings.map(
    (p) => html`<tr data-posting-id="${p.id}">
  <td><strong>${p.fields.title}</strong>${opts.showEmployer ? html`<br><small>${p.employer.name}</small>` : ''}</td>
  <td><span class="status status-${p.status}">${p.status}</span></td>
  <td class="tags">${tagsOf(p)}</td>
  <td>${p.updatedAt.slice(0, 10)}</td>
  <td>${p.status === 'closed' ? '' : html`<a href="/recruiter/postings/${p.id}/edit">Edit</a>
    <form class="inline" method="post" action="/recruiter/postings/${p.id}/close"><input type="hidden" name="_csrf" value="${chrome.csrf}"><button class="secondary" type="submit">Close</button></form>`}</td>
</tr>`,
  );
  const more = opts.nextCursor ? html`<p><a href="/recruiter/postings?cursor=${encodeURIComponent(opts.nextCursor)}">Older postings</a></p>` : '';
  return layout({
    title: 'Your postings',
    signedInAs: chrome,
    body: html`<h1>Your postings</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<p><a href="/recruiter/postings/new">Post an opening</a></p>
${postings.length === 0 ? html`<p>No postings yet.</p>` : html`<table><thead><tr><th>Title</th><th>Status</th><th>Tags</th><th>Updated</th><th></th></tr></thead><tbody>${rows}</tbody></table>`}
${more}`,
  });
}

function fieldError(errors: Map<string, string[]>, name: string): SafeHtml | string {
  const problems = errors.get(name);
  return problems ? html`<span class="error" id="error-${name}">${problems.join('; ')}</span>` : '';
}

function input(label: string, name: string, values: FormValues, errors: Map<string, string[]>, attrs: { type?: string; required?: boolean; max?: number } = {}): SafeHtml {
  const invalid = errors.has(name) ? 'true' : 'false';
  return html`<label>${label}
  <input name="${name}" type="${attrs.type ?? 'text'}" value="${values[name as keyof FormValues] ?? ''}" aria-invalid="${invalid}"${attrs.required ? html` required` : ''}${attrs.max ? html` maxlength="${attrs.max}"` : ''}>
  ${fieldError(errors, name)}</label>`;
}

function select(label: string, name: string, options: readonly string[], values: FormValues, errors: Map<string, string[]>): SafeHtml {
  const current = values[name as keyof FormValues] ?? '';
  return html`<label>${label}
  <select name="${name}" aria-invalid="${errors.has(name) ? 'true' : 'false'}"><option value="">—</option>${options.map(
    (o) => html`<option value="${o}"${o === current ? html` selected` : ''}>${LABELS[o] ?? o}</option>`,
  )}</select>
  ${fieldError(errors, name)}</label>`;
}

export interface PostingFormPage {
  chrome: Chrome;
  mode: { kind: 'new'; idempotencyKey: string; askEmployer: boolean; employerId?: string } | { kind: 'edit'; id: string };
  values: FormValues;
  errors: Map<string, string[]>;
}

export function postingFormPage(page: PostingFormPage): string {
  const { values, errors, mode } = page;
  const action = mode.kind === 'new' ? '/recruiter/postings' : `/recruiter/postings/${mode.id}/edit`;
  const title = mode.kind === 'new' ? 'Post an opening' : 'Edit posting';
  const summary = errors.size > 0 ? html`<p class="alert" role="alert" id="form-errors">Please correct the ${errors.size === 1 ? 'field' : `${errors.size} fields`} marked below.</p>` : '';
  const employer =
    mode.kind === 'new' && mode.askEmployer
      ? html`<label>Employer id (admins post for an employer)<input name="employerId" value="${mode.employerId ?? ''}" required>${fieldError(errors, 'employerId')}</label>`
      : '';
  return layout({
    title,
    signedInAs: page.chrome,
    body: html`<h1>${title}</h1>${summary}
<form class="stack" method="post" action="${action}" novalidate>
  <input type="hidden" name="_csrf" value="${page.chrome.csrf}">
  ${mode.kind === 'new' ? html`<input type="hidden" name="idempotencyKey" value="${mode.idempotencyKey}">` : ''}
  ${employer}
  ${input('Title', 'title', values, errors, { required: true, max: 200 })}
  <label>Description (paragraphs, lists, bold, links)
  <textarea name="description" aria-invalid="${errors.has('description') ? 'true' : 'false'}" required>${values.description ?? ''}</textarea>
  ${fieldError(errors, 'description')}</label>
  <div class="row">${input('Location', 'location', values, errors, { max: 200 })}${input('Country (e.g. EE)', 'country', values, errors, { max: 2 })}${select('Remote', 'remoteMode', REMOTE_MODES, values, errors)}</div>
  <div class="row">${input('Salary from', 'salaryMin', values, errors)}${input('Salary to', 'salaryMax', values, errors)}${input('Currency (e.g. EUR)', 'salaryCurrency', values, errors, { max: 3 })}${select('Per', 'salaryPeriod', SALARY_PERIODS, values, errors)}</div>
  <div class="row">${select('Employment type', 'employmentType', EMPLOYMENT_TYPES, values, errors)}${input('Open until', 'validThrough', values, errors, { type: 'date' })}</div>
  <div class="row">${input('Apply URL', 'applyUrl', values, errors, { type: 'url', max: 2000 })}${input('or apply by e-mail', 'applyEmail', values, errors, { type: 'email', max: 254 })}</div>
  <button type="submit">${mode.kind === 'new' ? 'Post' : 'Save'}</button>
</form>
<p><a href="/recruiter/postings">Back to your postings</a></p>`,
  });
}
