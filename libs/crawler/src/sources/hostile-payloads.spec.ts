import type { RawPosting } from '@app/postings';
import { PermanentPageError } from '../errors';
import type { PageRequest, SourceAdapter, SourceDefinition } from '../source-adapter';
import { AshbySource } from './ashby.source';
import { answeredPage, readAdapterFixture } from './ats/page-fixtures';
import { GreenhouseSource } from './greenhouse.source';
import { LeverSource } from './lever.source';
import { PersonioSource } from './personio.source';
import { RecruiteeSource } from './recruitee.source';
import { RssSource } from './rss.source';
import { SmartRecruitersSource } from './smartrecruiters.source';
import { WorkableSource } from './workable.source';

// The contract: whatever a server answers, an adapter returns well-typed postings or throws
// PermanentPageError; never a TypeError. Each fixture is mutated value by value and cut short.

interface Case {
  adapter: SourceAdapter;
  source: SourceDefinition;
  fixtures: Array<{ file: string; role?: string }>;
}

const CASES: Case[] = [
  {
    adapter: new GreenhouseSource(),
    source: { name: 'g', kind: 'greenhouse', board: 'acme' },
    fixtures: [{ file: 'board-jobs-content.json' }, { file: 'job-detail.json' }],
  },
  { adapter: new LeverSource(), source: { name: 'l', kind: 'lever', board: 'acme' }, fixtures: [{ file: 'postings.json' }] },
  {
    adapter: new SmartRecruitersSource(),
    source: { name: 's', kind: 'smartrecruiters', board: 'acme' },
    fixtures: [{ file: 'postings-page-0.json' }, { file: 'posting-detail-en.json', role: 'detail' }],
  },
  { adapter: new PersonioSource(), source: { name: 'p', kind: 'personio', board: 'acme' }, fixtures: [{ file: 'positions-en.xml' }] },
  { adapter: new RecruiteeSource(), source: { name: 'r', kind: 'recruitee', board: 'acme' }, fixtures: [{ file: 'offers.json' }] },
  { adapter: new WorkableSource(), source: { name: 'w', kind: 'workable', board: 'acme' }, fixtures: [{ file: 'widget-account.json' }] },
  { adapter: new AshbySource(), source: { name: 'a', kind: 'ashby', board: 'acme' }, fixtures: [{ file: 'job-board.json' }] },
  {
    adapter: new RssSource(),
    source: { name: 'f', kind: 'rss', url: 'https://feeds.example/jobs.rss' },
    fixtures: [{ file: 'remote-jobs.rss' }, { file: 'careers.atom' }],
  },
];

const SUBSTITUTES: unknown[] = [null, 1e308, '   ', {}, [], true, ['a']];

const GENERIC_BODIES = [
  '',
  '   ',
  'null',
  '0',
  '"text"',
  '[]',
  '{}',
  '[null,1,"x",[]]',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}',
  '['.repeat(5000) + ']'.repeat(5000),
  '<html><head><title>404</title></head><body>Not found</body></html>',
  '<?xml version="1.0"?><root/>',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>',
  '\u0000\u0001\u0002\ufffd',
];

function outcome(adapter: SourceAdapter, source: SourceDefinition, request: PageRequest, body: string): 'ok' | 'permanent' {
  try {
    const result = adapter.parse(answeredPage(request, body), request, source);
    expect(Array.isArray(result.postings) && Array.isArray(result.next)).toBe(true);
    result.postings.forEach(expectWellTyped);
    return 'ok';
  } catch (error) {
    if (error instanceof PermanentPageError) return 'permanent';
    throw error;
  }
}

const STRING_FIELDS = [
  'employer',
  'location',
  'city',
  'region',
  'country',
  'salaryText',
  'employmentType',
  'datePosted',
  'validThrough',
  'applyUrl',
  'language',
  'department',
] as const;

function expectWellTyped(posting: RawPosting): void {
  for (const field of ['externalId', 'url', 'title', 'description'] as const) expect(typeof posting[field]).toBe('string');
  for (const field of STRING_FIELDS) if (posting[field] !== undefined) expect(typeof posting[field]).toBe('string');
  if (posting.remote !== undefined) expect(['remote', 'hybrid', 'onsite']).toContain(posting.remote);
  if (posting.salary !== undefined) {
    for (const bound of [posting.salary.min, posting.salary.max]) if (bound !== undefined) expect(Number.isFinite(bound)).toBe(true);
  }
}

/** Every copy of `value` with exactly one node (at any depth) replaced by `substitute`. */
function* singleReplacements(value: unknown, substitute: unknown): Generator<unknown> {
  yield substitute;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      for (const replaced of singleReplacements(value[i], substitute)) yield value.map((item, j) => (j === i ? replaced : item));
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      for (const replaced of singleReplacements((value as Record<string, unknown>)[key], substitute)) yield { ...value, [key]: replaced };
    }
  }
}

/** The envelope with its first two items: enough shapes to mutate, few enough to stay fast. */
function firstItems(payload: unknown): unknown {
  if (Array.isArray(payload)) return payload.slice(0, 2);
  if (typeof payload !== 'object' || payload === null) return payload;
  const entries = Object.entries(payload).map(([key, value]) => [key, Array.isArray(value) ? value.slice(0, 2) : value]);
  return Object.fromEntries(entries) as unknown;
}

describe.each(CASES)('$source.kind adapter under hostile payloads', ({ adapter, source, fixtures }) => {
  const [start] = adapter.start(source);

  it('answers generic garbage with a result or PermanentPageError', () => {
    for (const body of GENERIC_BODIES) expect(['ok', 'permanent']).toContain(outcome(adapter, source, start, body));
  });

  it.each(fixtures)('$file cut short anywhere never throws anything else', ({ file, role }) => {
    const request = role ? { ...start, role } : start;
    const body = readAdapterFixture(source.kind, file);
    for (let end = 0; end < body.length; end += 53) {
      expect(['ok', 'permanent']).toContain(outcome(adapter, source, request, body.slice(0, end)));
    }
  });

  const jsonFixtures = fixtures.filter(({ file }) => file.endsWith('.json'));
  if (jsonFixtures.length > 0) {
    it.each(jsonFixtures)('$file with any one value of the wrong type yields well-typed postings or PermanentPageError', ({ file, role }) => {
      const request = role ? { ...start, role } : start;
      const payload = firstItems(JSON.parse(readAdapterFixture(source.kind, file)) as unknown);
      let variants = 0;
      for (const substitute of SUBSTITUTES) {
        for (const variant of singleReplacements(payload, substitute)) {
          expect(['ok', 'permanent']).toContain(outcome(adapter, source, request, JSON.stringify(variant)));
          variants++;
        }
      }
      expect(variants).toBeGreaterThan(100);
    });
  }
});
