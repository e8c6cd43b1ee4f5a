import { buildEmployerDirectory, defaultEmployerEntries } from './employers';
import { detectLanguage } from './language';
import { parseLocation } from './location';
import { detectRemote } from './remote';
import { RoleClassification, classifyRoles } from './roles';
import { annualiseSalary, parseSalary } from './salary';
import { detectSeniority } from './seniority';
import { detectShifts } from './shifts';
import { detectSpokenLanguages } from './spoken-languages';
import { HTML_INPUT_LIMIT, TITLE_LIMIT, htmlToText, looksLikeHtml } from './text';
import type { EmployerDirectory, Explanation, LocationTag, RemoteMode, TagInput, TagOptions, Tags } from './types';
import { REMOTE_MODES } from './types';

// The composition of every detector over one posting. Contract: never throws, whatever the
// input (wrong types, empty strings, 1 MB of HTML soup, emoji); an unknown comes back null or
// empty with the reason in `explanation`. Each detector runs behind a guard, so a defect in one
// field costs that field, not the posting, and the guard's explanation says so.

/** Description text handed to the detectors; the tail of a longer ad is boilerplate. */
export const DESCRIPTION_TEXT_LIMIT = 20_000;
const FIELD_LIMIT = 2_000;

let defaultDirectory: EmployerDirectory | null = null;
function employerDirectory(options: TagOptions): EmployerDirectory {
  if (options.employers) return options.employers;
  defaultDirectory ??= buildEmployerDirectory(defaultEmployerEntries());
  return defaultDirectory;
}

function text(value: unknown, limit: number): string {
  if (typeof value !== 'string') return '';
  return value.length > limit ? value.slice(0, limit) : value;
}

function descriptionText(value: unknown): string {
  const raw = text(value, HTML_INPUT_LIMIT);
  const plain = looksLikeHtml(raw) ? htmlToText(raw) : raw;
  return plain.length > DESCRIPTION_TEXT_LIMIT ? plain.slice(0, DESCRIPTION_TEXT_LIMIT) : plain;
}

function guard<T>(field: Explanation['field'], explanation: Explanation[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    explanation.push({ field, rule: 'detector-error', evidence: error instanceof Error ? error.message : String(error) });
    return fallback;
  }
}

const isRemoteMode = (value: unknown): value is RemoteMode =>
  typeof value === 'string' && (REMOTE_MODES as readonly string[]).includes(value);

export function tagPosting(input: TagInput, options: TagOptions = {}): Tags {
  const safeInput: Partial<TagInput> = input !== null && typeof input === 'object' ? input : {};
  const title = text(safeInput.title, TITLE_LIMIT);
  const description = descriptionText(safeInput.description);
  const employerRaw = text(safeInput.employer, FIELD_LIMIT).trim();
  const locationRaw = text(safeInput.location, FIELD_LIMIT);
  const salaryRaw = text(safeInput.salary, FIELD_LIMIT).trim();
  const fullText = title === '' ? description : `${title}\n${description}`;
  const explanation: Explanation[] = [];
  const collect = <T extends { explanation: Explanation[] }>(result: T): T => {
    explanation.push(...result.explanation);
    return result;
  };

  const language = guard('language', explanation, null, () => collect(detectLanguage(fullText)).language);

  const unclassified: RoleClassification = { roles: [], explanation: [], levelPhrases: [] };
  const classified = guard('roles', explanation, unclassified, () => collect(classifyRoles({ title, description })));
  const roles = classified.roles;
  const seniority =
    roles.length === 0
      ? null
      : guard('seniority', explanation, null, () => collect(detectSeniority(title, description, classified.levelPhrases)).seniority);
  if (roles.length === 0) explanation.push({ field: 'seniority', rule: 'not-a-cs-role' });

  const employer =
    employerRaw === ''
      ? (explanation.push({ field: 'employer', rule: 'no-employer-given' }), null)
      : guard('employer', explanation, null, () => collect(employerDirectory(options).match(employerRaw)).tag);

  const location = guard<LocationTag>('location', explanation, { city: null, country: null }, () => {
    const parsed = collect(parseLocation(locationRaw, { language, text: description })).location;
    const cityHint = text(safeInput.cityHint, FIELD_LIMIT).trim();
    const countryHint = text(safeInput.countryHint, 8).trim().toUpperCase();
    if (!cityHint && !/^[A-Z]{2}$/.test(countryHint)) return parsed;
    explanation.push({ field: 'location', rule: 'source-hint', evidence: [cityHint, countryHint].filter(Boolean).join(', ') });
    return { city: cityHint || parsed.city, country: /^[A-Z]{2}$/.test(countryHint) ? countryHint : parsed.country };
  });

  // The source's own salary text wins; without one, the description is searched.
  const salary = guard('salary', explanation, null, () =>
    collect(parseSalary(salaryRaw !== '' ? salaryRaw : description, { country: location.country, language })).salary,
  );
  const salaryAnnual =
    salary && options.rates ? guard('salary', explanation, null, () => annualiseSalary(salary, options.rates!)) : null;

  const noRemote: { remote: RemoteMode | null; countries: string[] } = { remote: null, countries: [] };
  const remote = guard('remote', explanation, noRemote, () =>
    collect(
      detectRemote({
        title,
        description,
        location: locationRaw,
        jobLocationType: text(safeInput.jobLocationType, 100) || undefined,
        hint: isRemoteMode(safeInput.remoteHint) ? safeInput.remoteHint : undefined,
      }),
    ),
  );
  const spokenLanguages = guard('spokenLanguages', explanation, [], () => collect(detectSpokenLanguages(fullText)).languages);
  const shifts = guard('shifts', explanation, [], () => collect(detectShifts(fullText)).shifts);

  return {
    roles,
    seniority,
    employer,
    salary,
    salaryAnnual,
    language,
    remote: remote.remote,
    remoteCountries: remote.countries,
    location,
    spokenLanguages,
    shifts,
    explanation,
  };
}
