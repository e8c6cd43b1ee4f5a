import { createHash } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { sanitizeDescription, type RawPosting } from '@app/postings';
import { PostingFieldsDto } from './dto/posting-fields.dto';

/** The fields of a recruiter posting as stored (recruiter_postings.input): validated, description sanitised. */
export interface PostingInput {
  title: string;
  description: string;
  location?: string;
  country?: string;
  remoteMode?: PostingFieldsDto['remoteMode'];
  salaryMin?: number;
  salaryMax?: number;
  salaryCurrency?: string;
  salaryPeriod?: PostingFieldsDto['salaryPeriod'];
  employmentType?: PostingFieldsDto['employmentType'];
  applyUrl?: string;
  applyEmail?: string;
  validThrough?: string;
}

export const POSTING_FIELDS: readonly (keyof PostingInput)[] = [
  'title', 'description', 'location', 'country', 'remoteMode', 'salaryMin', 'salaryMax',
  'salaryCurrency', 'salaryPeriod', 'employmentType', 'applyUrl', 'applyEmail', 'validThrough',
];

export interface FieldError {
  parameter: string;
  problems: string[];
}

function flatten(errors: ValidationError[]): FieldError[] {
  return errors.map((e) => ({ parameter: e.property, problems: Object.values(e.constraints ?? {}) }));
}

/** Validates a whole set of fields (a create, or an edit applied to the stored ones). */
export function validatePostingFields(plain: Record<string, unknown>): { input: PostingInput; errors: [] } | { input: null; errors: FieldError[] } {
  const dto = plainToInstance(PostingFieldsDto, plain);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) return { input: null, errors: flatten(errors) };
  return { input: toPostingInput(dto), errors: [] };
}

// Control characters other than line breaks and tabs carry nothing a reader needs.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The stored form of validated fields: known fields only, no control characters, description sanitised. */
export function toPostingInput(dto: PostingFieldsDto): PostingInput {
  const out: Record<string, unknown> = {};
  for (const field of POSTING_FIELDS) {
    const value = (dto as unknown as Record<string, unknown>)[field];
    if (value === undefined || value === null) continue;
    out[field] = typeof value === 'string' ? value.replace(CONTROL, '') : value;
  }
  out.description = sanitizeDescription(out.description as string);
  return out as unknown as PostingInput;
}

/** Stored fields with an edit applied: a field set to null is cleared. */
export function applyPatch(stored: PostingInput, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  // The apply target is one or the other: giving one replaces the other.
  if (patch.applyUrl) delete merged.applyEmail;
  if (patch.applyEmail) delete merged.applyUrl;
  return merged;
}

/** `{ field: { from, to } }` for every field that differs. */
export function inputChanges(before: Partial<PostingInput>, after: PostingInput): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of POSTING_FIELDS) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (from !== to) changes[field] = { from, to };
  }
  return changes;
}

/** Identifies a create request's content, to tell a retry from a reused Idempotency-Key. */
export function requestHash(employerId: string, input: PostingInput): string {
  const canonical = JSON.stringify([employerId, ...POSTING_FIELDS.map((f) => input[f] ?? null)]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The raw posting the normalize queue receives, as a source adapter would hand it over. */
export function toRawPosting(id: string, input: PostingInput, employerName: string, createdAt: Date, baseUrl: string): RawPosting {
  const salary =
    input.salaryMin !== undefined || input.salaryMax !== undefined
      ? { min: input.salaryMin, max: input.salaryMax, currency: input.salaryCurrency, period: input.salaryPeriod }
      : undefined;
  return {
    externalId: id,
    url: new URL(`/api/recruiter/postings/${id}`, baseUrl).toString(),
    title: input.title,
    description: input.description,
    employer: employerName,
    location: input.location,
    country: input.country,
    remote: input.remoteMode,
    salary,
    employmentType: input.employmentType,
    datePosted: createdAt.toISOString(),
    validThrough: input.validThrough,
    applyUrl: input.applyUrl ?? (input.applyEmail ? `mailto:${input.applyEmail}` : undefined),
  };
}
