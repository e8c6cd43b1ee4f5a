import { QUEUE_STATES, type QueueHealthReport } from '@app/queue';
import { html, type SafeHtml } from '../../auth/web/html';
import type { HostHealth } from '../hosts/host-health';
import type { FailedJobView } from '../queues/failed-job.view';
import type { SourceView } from '../sources/source-view';
import { adminLayout, jsonDataBlock, type AdminChrome } from './admin-page';
import type { DashboardData, Section } from './dashboard.service';

export const REFRESH_SECONDS = 10;

/** Messages shown after an action; the query string carries only these keys, never text. */
export const NOTICES = {
  retried: 'The job is back in its queue.',
  'retried-all': 'Every failed job of the queue is back in it.',
  removed: 'The job was removed.',
  paused: 'The queue is paused.',
  resumed: 'The queue runs again.',
  'crawl-queued': 'A crawl of the source is queued.',
} as const;
export const PROBLEMS = {
  gone: 'That job or source no longer exists.',
  conflict: 'That action does not apply any more (the job is no longer failed, or the source is disabled).',
  unavailable: 'Redis did not answer; nothing was done. Try again.',
} as const;
export type NoticeKey = keyof typeof NOTICES;
export type ProblemKey = keyof typeof PROBLEMS;

const when = (iso: string | null | undefined) => (iso ? html`<time datetime="${iso}">${iso.replace('T', ' ').slice(0, 19)}</time>` : html`<span class="muted">–</span>`);
const pct = (share: number) => `${Math.round(share * 100)} %`;

function verdictBadge(verdict: string): SafeHtml {
  return html`<span class="verdict verdict-${verdict}" data-verdict="${verdict}">${verdict}</span>`;
}

function actionForm(action: string, csrf: string, label: string, secondary = false): SafeHtml {
  return html`<form class="inline" method="post" action="${action}"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit"${secondary ? html` class="secondary"` : ''}>${label}</button></form>`;
}

function queueCard(q: QueueHealthReport, csrf: string): SafeHtml {
  const counts = q.counts
    ? html`<div class="counts">${QUEUE_STATES.map((s) => html`<span>${s} <b data-count="${s}">${q.counts![s]}</b></span>`)}</div>`
    : '';
  const facts = q.reachable
    ? html`<p class="muted">workers ${q.workers} · oldest waiting ${q.oldestWaitingAgeSeconds === null ? '–' : `${q.oldestWaitingAgeSeconds} s`} · last hour: ${q.throughput?.completedLastHour} completed, ${q.throughput?.failedLastHour} failed${q.paused ? ' · paused' : ''}</p>`
    : '';
  const base = `/admin/actions/queues/${q.queue}`;
  const actions = q.reachable
    ? html`<p>${q.paused ? actionForm(`${base}/resume`, csrf, 'Resume') : actionForm(`${base}/pause`, csrf, 'Pause', true)} ${q.counts && q.counts.failed > 0 ? actionForm(`${base}/retry-failed`, csrf, `Retry all ${q.counts.failed} failed`) : ''}</p>`
    : '';
  return html`<article class="card queue" data-queue="${q.queue}">
<h3>${q.queue} ${verdictBadge(q.verdict)}</h3>
${q.reasons.length ? html`<ul class="reasons">${q.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
${counts}${facts}
<div class="chart" data-chart="${q.queue}" aria-label="jobs completed and failed per minute, last hour"></div>
${actions}
</article>`;
}

function failedTable(failed: Section<FailedJobView[]>, csrf: string): SafeHtml {
  if (!failed.ok) return html`<p class="alert">Failed jobs cannot be listed: ${failed.error}</p>`;
  if (failed.value.length === 0) return html`<p class="muted" id="no-failed-jobs">No failed jobs.</p>`;
  return html`<table id="failed-jobs"><thead><tr><th>Queue</th><th>Job</th><th>Reason</th><th>Attempts</th><th>Failed at</th><th></th></tr></thead><tbody>
${failed.value.map(
  (j) => html`<tr data-job-id="${j.id}" data-queue="${j.queue}"><td>${j.queue}</td><td>${j.name}<br><code class="muted">${j.id}</code></td>
<td>${j.failedReason}${j.stacktrace.length ? html`<details><summary>stack</summary><pre>${j.stacktrace[j.stacktrace.length - 1]}</pre></details>` : ''}<details><summary>payload</summary><pre>${JSON.stringify(j.payload, null, 1)?.slice(0, 4000)}</pre></details></td>
<td>${j.attemptsMade} / ${j.attempts}</td><td>${when(j.failedAt)}</td>
<td>${actionForm(`/admin/actions/jobs/${j.queue}/${encodeURIComponent(j.id)}/retry`, csrf, 'Retry')} ${actionForm(`/admin/actions/jobs/${j.queue}/${encodeURIComponent(j.id)}/remove`, csrf, 'Remove', true)}</td></tr>`,
)}</tbody></table>`;
}

function sourcesTable(sources: Section<SourceView[]>, csrf: string): SafeHtml {
  if (!sources.ok) return html`<p class="alert">Sources cannot be listed: ${sources.error}</p>`;
  if (sources.value.length === 0) return html`<p class="muted">No crawl sources yet.</p>`;
  return html`<table id="sources"><thead><tr><th>Source</th><th>Kind</th><th>Last run</th><th>Next run</th><th>Open postings</th><th>Error streak</th><th></th></tr></thead><tbody>
${sources.value.map(
  (s) => html`<tr data-source="${s.name}"><td>${s.name}${s.enabled ? '' : html` <span class="muted">(disabled)</span>`}</td><td>${s.kind}</td>
<td>${s.status.lastRun ? html`${s.status.lastRun.status} ${when(s.status.lastRun.startedAt)}` : html`<span class="muted">never</span>`}</td>
<td>${s.status.due ? 'due now' : when(s.status.nextRunAt)}</td><td>${s.status.postingsOpen}</td>
<td>${s.status.flagged ? html`<span class="flag" title="${s.status.flagReason ?? ''}">${s.status.errorStreak} ⚑</span>` : s.status.errorStreak}</td>
<td>${s.enabled ? actionForm(`/admin/actions/sources/${s.id}/crawl`, csrf, 'Crawl now', true) : ''}</td></tr>`,
)}</tbody></table>`;
}

function hostsTable(hosts: Section<HostHealth[]>): SafeHtml {
  if (!hosts.ok) return html`<p class="alert">Host statistics cannot be read: ${hosts.error}</p>`;
  if (hosts.value.length === 0) return html`<p class="muted">No host was fetched in the last hour.</p>`;
  return html`<table id="hosts"><thead><tr><th>Host</th><th>Health</th><th>Req/min</th><th>429</th><th>5xx</th><th>Timeouts</th><th>Delay</th><th>robots.txt</th><th>Last success</th></tr></thead><tbody>
${hosts.value.map(
  (h) => html`<tr data-host="${h.host}"><td>${h.host}</td><td>${verdictBadge(h.verdict)}${h.reasons.length ? html`<br><span class="muted">${h.reasons.join('; ')}</span>` : ''}</td>
<td>${h.requestsPerMinute}</td><td>${pct(h.shares.throttled)}</td><td>${pct(h.shares.serverErrors)}</td><td>${pct(h.shares.timeouts)}</td>
<td>${h.backoffUntil ? html`backing off until ${when(h.backoffUntil)}` : `${h.politenessDelaySeconds} s`}</td><td>${h.robots.state}</td><td>${when(h.lastSuccessAt)}</td></tr>`,
)}</tbody></table>`;
}

/** The operator's one page. Everything inside #live is replaced by the refresh script. */
export function dashboardPage(chrome: AdminChrome, data: DashboardData, message: { notice?: NoticeKey; problem?: ProblemKey } = {}): string {
  const charts = data.queues.map((q) => ({ queue: q.queue, since: q.throughput?.since ?? null, completed: q.throughput?.completed ?? [], failed: q.throughput?.failed ?? [] }));
  const body = html`<h1>Operations</h1>
${message.notice ? html`<p class="notice" role="status">${NOTICES[message.notice]}</p>` : ''}
${message.problem ? html`<p class="alert" role="alert">${PROBLEMS[message.problem]}</p>` : ''}
<div id="live" data-refresh-seconds="${REFRESH_SECONDS}">
<p class="muted" id="updated">Updated ${when(data.at.toISOString())}; refreshes every ${REFRESH_SECONDS} s.</p>
<h2>Queues</h2>
<div class="queues">${data.queues.map((q) => queueCard(q, chrome.csrf))}</div>
<script type="application/json" id="throughput-data">${jsonDataBlock(charts)}</script>
<h2>Recent failed jobs</h2>
${failedTable(data.failed, chrome.csrf)}
<h2>Sources</h2>
${sourcesTable(data.sources, chrome.csrf)}
<h2>Hosts</h2>
${hostsTable(data.hosts)}
</div>`;
  return adminLayout('Dashboard', chrome, body, ['/admin/assets/uPlot.iife.min.js', '/admin/assets/dashboard.js']);
}
