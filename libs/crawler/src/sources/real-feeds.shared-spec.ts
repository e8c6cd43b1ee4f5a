import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { RawPosting } from '@app/postings';
import type { PageRequest, SourceAdapter, SourceDefinition, SourceKindName } from '../source-adapter';
import { AshbySource } from './ashby.source';
import { answeredPage } from './ats/page-fixtures';
import { GreenhouseSource } from './greenhouse.source';
import { LeverSource } from './lever.source';
import { PersonioSource } from './personio.source';
import { RecruiteeSource } from './recruitee.source';
import { RssSource } from './rss.source';
import { SmartRecruitersSource } from './smartrecruiters.source';
import { WorkableSource } from './workable.source';

// Every adapter over every payload captured from the live feeds (read in place, never copied;
// see PROVENANCE.md there). Files are named `<origin>-<board>-<what>`, which gives the board.
// ../shared sits beside the repository, on developers' machines and in CI.
const REAL_FEEDS = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'real-feeds');
const provenance = readFileSync(join(REAL_FEEDS, 'PROVENANCE.md'), 'utf8');

const ADAPTERS: Array<[SourceKindName, SourceAdapter]> = [
  ['greenhouse', new GreenhouseSource()],
  ['lever', new LeverSource()],
  ['smartrecruiters', new SmartRecruitersSource()],
  ['personio', new PersonioSource()],
  ['recruitee', new RecruiteeSource()],
  ['workable', new WorkableSource()],
  ['ashby', new AshbySource()],
  ['rss', new RssSource()],
];

function captured(kind: string): string[] {
  return readdirSync(join(REAL_FEEDS, kind)).sort();
}

function sourceFor(kind: SourceKindName, file: string): SourceDefinition {
  const board = file.split('-')[1];
  return kind === 'rss'
    ? { name: `real-${kind}`, kind, url: 'https://weworkremotely.com/remote-jobs.rss' }
    : { name: `real-${kind}`, kind, board };
}

/** How many postings the payload holds, counted without the adapter. */
function postingsIn(kind: SourceKindName, body: string): number {
  if (kind === 'personio') return body.match(/<position>/g)?.length ?? 0;
  if (kind === 'rss') return body.match(/<item>/g)?.length ?? 0;
  const payload = JSON.parse(body) as Record<string, unknown> | unknown[];
  if (Array.isArray(payload)) return payload.length;
  const list = [payload.jobs, payload.offers, payload.content].find(Array.isArray) as Array<Record<string, unknown>> | undefined;
  // A single-job answer (Greenhouse's /jobs/{id}) is one posting.
  if (!list) return 1;
  if (kind === 'workable') return new Set(list.map((job) => job.shortcode)).size;
  if (kind === 'ashby') return list.filter((job) => job.isListed !== false).length;
  return list.length;
}

function expectComplete(posting: RawPosting): void {
  for (const field of ['externalId', 'title', 'employer', 'location'] as const) {
    expect({ [field]: posting[field]?.trim() || undefined }).toEqual({ [field]: expect.any(String) });
  }
  expect(new URL(posting.url).protocol).toMatch(/^https?:$/);
  expect(typeof posting.description).toBe('string');
}

describe.each(ADAPTERS)('%s adapter over the real captured payloads', (kind, adapter) => {
  const files = captured(kind);

  it('has captures to read, each documented in PROVENANCE.md', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(provenance).toContain(file);
  });

  it.each(files)('%s: every posting has title, employer, location and URL; nothing throws', (file) => {
    const body = readFileSync(join(REAL_FEEDS, kind, file), 'utf8');
    const source = sourceFor(kind, file);
    expect(() => adapter.validate(source)).not.toThrow();
    const [start] = adapter.start(source);
    const request: PageRequest = file.includes('detail') ? { ...start, role: 'detail' } : start;
    const { postings, next } = adapter.parse(answeredPage(request, body), request, source);

    const isList = kind === 'smartrecruiters' && request.role !== 'detail';
    if (isList) {
      // List pages carry no descriptions: one detail request per job instead.
      const content = (JSON.parse(body) as { content: Array<{ refNumber?: string; id: string }> }).content;
      const details = next.filter((page) => page.role === 'detail');
      expect(postings).toEqual([]);
      expect(details).toHaveLength(new Set(content.map((item) => item.refNumber ?? item.id)).size);
      for (const detail of details) expect(detail.url).toContain(`/v1/companies/${source.board}/postings/`);
      return;
    }

    expect(postings).toHaveLength(postingsIn(kind, body));
    postings.forEach(expectComplete);
    expect(new Set(postings.map((posting) => posting.externalId)).size).toBe(postings.length);
  });
});
