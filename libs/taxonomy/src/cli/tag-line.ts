import { tagPosting } from '../tag-posting';
import type { TagInput, TagOptions, Tags } from '../types';

// One input line of `npm run -s tag` to one output line. A line that is not a JSON object, or
// whose fields have the wrong type, gives {"error": "..."} so the caller can see which line
// failed while the rest of the batch goes on.

const TEXT_FIELDS = ['title', 'description', 'employer', 'location', 'salary', 'jobLocationType', 'countryHint', 'cityHint', 'remoteHint'] as const;

export interface TagLineOptions extends TagOptions {
  /** Add each posting's explanation to its output line. */
  explain?: boolean;
}

/** The output object: the fields of the contract, in its order. */
export function publicTags(tags: Tags, id: unknown, explain: boolean): Record<string, unknown> {
  return {
    ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}),
    roles: tags.roles,
    seniority: tags.seniority,
    employer: tags.employer ? { canonical: tags.employer.canonical, display: tags.employer.display, key: tags.employer.key } : null,
    salary: tags.salary
      ? { min: tags.salary.min, max: tags.salary.max, currency: tags.salary.currency, period: tags.salary.period }
      : null,
    language: tags.language,
    remote: tags.remote,
    location: { city: tags.location.city, country: tags.location.country },
    spokenLanguages: tags.spokenLanguages,
    shifts: tags.shifts,
    ...(explain ? { explanation: tags.explanation } : {}),
  };
}

function parseInput(line: string): { input: TagInput; id: unknown } | { error: string } {
  if (line.trim() === '') return { error: 'empty line' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { error: 'a line must be a JSON object with title, description, employer, location, salary' };
  }
  const record = parsed as Record<string, unknown>;
  const input: Record<string, string> = {};
  for (const field of TEXT_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { error: `${field} must be a string` };
    input[field] = value;
  }
  return { input: input as TagInput, id: record.id };
}

export function tagLine(line: string, options: TagLineOptions = {}): string {
  const parsed = parseInput(line);
  if ('error' in parsed) return JSON.stringify({ error: parsed.error });
  try {
    return JSON.stringify(publicTags(tagPosting(parsed.input, options), parsed.id, options.explain === true));
  } catch (error) {
    // tagPosting does not throw by contract; this keeps one output line per input line if it ever did.
    return JSON.stringify({ error: `tagging failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}
