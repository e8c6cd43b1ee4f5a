import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startBoards, type RunningBoards } from './spec-helpers';

interface DemoSource {
  name: string;
  kind: string;
  url?: string;
  board?: string;
  baseUrl?: string;
  enabled: boolean;
  interval: string;
  selectors?: { item: string; fields: Record<string, string> };
}

// The vendors' real URLs after the baseUrl override has replaced scheme+host (see README).
const API_PATH: Record<string, (board: string) => string> = {
  greenhouse: (b) => `/v1/boards/${b}/jobs?content=true`,
  lever: (b) => `/v0/postings/${b}?mode=json`,
  smartrecruiters: (b) => `/v1/companies/${b}/postings?offset=0&limit=100`,
  personio: () => '/xml?language=en',
  recruitee: () => '/api/offers/',
  workable: (b) => `/api/v1/widget/accounts/${b}?details=true`,
  ashby: (b) => `/posting-api/job-board/${b}?includeCompensation=true`,
};

describe('sources.demo.yaml', () => {
  const sources = (parse(readFileSync(join(__dirname, '..', 'sources.demo.yaml'), 'utf8')) as { sources: DemoSource[] }).sources;
  let boards: RunningBoards;
  beforeAll(async () => {
    boards = await startBoards();
  });
  afterAll(() => boards.server.close());

  it('lists one source per board kind with unique kebab-case names', () => {
    expect(new Set(sources.map((s) => s.name)).size).toBe(sources.length);
    sources.forEach((s) => expect(s.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/));
    expect(new Set(sources.map((s) => s.kind))).toEqual(
      new Set(['jsonld', 'greenhouse', 'lever', 'smartrecruiters', 'personio', 'recruitee', 'workable', 'ashby', 'rss', 'html']),
    );
    sources.forEach((s) => expect(s).toMatchObject({ enabled: true, interval: expect.stringMatching(/^\d+[mhd]$/) }));
  });

  it('points every source at an endpoint the server answers with 200 (port 4000 → the test port)', async () => {
    const local = (u: string) => u.replace('http://127.0.0.1:4000', boards.url);
    for (const s of sources) {
      const target = s.url ? local(s.url) : `${local(s.baseUrl as string)}${API_PATH[s.kind](s.board as string)}`;
      const res = await fetch(target);
      expect({ source: s.name, status: res.status }).toEqual({ source: s.name, status: 200 });
    }
  });

  it('gives the html source selectors for the item and every documented field', () => {
    const html = sources.find((s) => s.kind === 'html');
    expect(html?.selectors?.item).toBe('table.jobs tbody tr');
    expect(Object.keys(html?.selectors?.fields ?? {})).toEqual(
      expect.arrayContaining(['title', 'employer', 'location', 'salary', 'description', 'posted', 'apply']),
    );
  });
});
