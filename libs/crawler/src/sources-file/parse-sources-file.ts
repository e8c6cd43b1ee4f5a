import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { SourceDefinition, SourceKindName } from '../source-adapter';
import { adapterFor } from '../adapter-registry';
import { SourceConfigError } from '../errors';
import { MIN_INTERVAL_SECONDS, parseInterval } from './parse-interval';

export interface ScheduledSource extends SourceDefinition {
  intervalSeconds: number;
  enabled: boolean;
}

export interface SourceFileProblem {
  /** The entry's name, or `#<index>` when it has none. */
  source: string;
  field: string;
  message: string;
}

export interface ParsedSourcesFile {
  sources: ScheduledSource[];
  problems: SourceFileProblem[];
}

const KINDS = ['jsonld', 'greenhouse', 'lever', 'smartrecruiters', 'personio', 'recruitee', 'workable', 'ashby', 'rss', 'html'] as const satisfies readonly SourceKindName[];

const httpUrl = z
  .string()
  .url()
  .refine((v) => /^https?:\/\//i.test(v), 'must be an http(s) URL');

const entrySchema = z
  .object({
    name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)').max(100),
    kind: z.enum(KINDS),
    url: httpUrl.optional(),
    board: z.string().min(1).max(200).optional(),
    baseUrl: httpUrl.optional(),
    employer: z.string().min(1).max(200).optional(),
    interval: z.string().default('6h'),
    enabled: z.boolean().default(true),
    selectors: z
      .object({
        item: z.string().min(1),
        link: z.string().min(1).optional(),
        next: z.string().min(1).optional(),
        fields: z.object({ title: z.string().min(1) }).catchall(z.string().min(1)),
      })
      .optional(),
  })
  .strict();

/**
 * Reads a sources file. A bad entry is reported with its name and field and left out; the
 * others still load. A file that is not YAML, or has no `sources` list, is one problem.
 */
export function parseSourcesFile(text: string): ParsedSourcesFile {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) {
    return { sources: [], problems: [{ source: '(file)', field: '(yaml)', message: doc.errors[0].message.split('\n')[0] }] };
  }
  const root = doc.toJS() as { sources?: unknown } | null;
  if (!root || !Array.isArray(root.sources)) {
    return { sources: [], problems: [{ source: '(file)', field: 'sources', message: 'must be a list of sources' }] };
  }

  const sources: ScheduledSource[] = [];
  const problems: SourceFileProblem[] = [];
  const seen = new Set<string>();
  root.sources.forEach((entry: unknown, index: number) => {
    const label = typeof (entry as { name?: unknown })?.name === 'string' ? (entry as { name: string }).name : `#${index}`;
    const parsed = entrySchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ source: label, field: issue.path.join('.') || '(entry)', message: issue.message });
      }
      return;
    }
    const e = parsed.data;
    if (seen.has(e.name)) {
      problems.push({ source: e.name, field: 'name', message: 'is used by an earlier entry' });
      return;
    }
    const intervalSeconds = parseInterval(e.interval);
    if (intervalSeconds === null || intervalSeconds < MIN_INTERVAL_SECONDS) {
      problems.push({ source: e.name, field: 'interval', message: `"${e.interval}" must be like 15m, 2h or 1d, at least 1m and at most 366d` });
      return;
    }
    const definition: ScheduledSource = {
      name: e.name,
      kind: e.kind,
      url: e.url,
      board: e.board,
      baseUrl: e.baseUrl,
      employer: e.employer,
      selectors: e.selectors,
      intervalSeconds,
      enabled: e.enabled,
    };
    try {
      adapterFor(e.kind).validate(definition);
    } catch (err) {
      if (err instanceof SourceConfigError) {
        problems.push({ source: e.name, field: err.field, message: err.message.replace(/^source "[^"]*": [^:]*: /, '') });
        return;
      }
      throw err;
    }
    seen.add(e.name);
    sources.push(definition);
  });
  return { sources, problems };
}
