import { POSTING_FIELDS, type FieldError, type PostingInput } from '../posting-input';

type Form = Record<string, unknown>;

const NUMBER = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * A posted HTML form as the API's fields: empty inputs are absent, numbers are numbers (a
 * malformed one stays a string, for the validator to name).
 */
export function formToFields(form: Form): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of POSTING_FIELDS) {
    const value = form[field];
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed === '') continue;
    if (field === 'salaryMin' || field === 'salaryMax') out[field] = NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
    else out[field] = field === 'description' ? value : trimmed;
  }
  return out;
}

/** An edit form replaces every field: what was emptied is cleared. */
export function formToPatch(form: Form): Record<string, unknown> {
  const fields = formToFields(form);
  return Object.fromEntries(POSTING_FIELDS.map((f) => [f, fields[f] ?? null]));
}

/** What the form shows: the submitted strings after an error, the stored fields otherwise. */
export type FormValues = Partial<Record<keyof PostingInput, string>>;

export function valuesOfForm(form: Form): FormValues {
  const out: FormValues = {};
  for (const field of POSTING_FIELDS) if (typeof form[field] === 'string') out[field] = (form[field] as string).slice(0, 110_000);
  return out;
}

export function valuesOfInput(input: PostingInput): FormValues {
  const out: FormValues = {};
  for (const field of POSTING_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    out[field] = field === 'validThrough' ? String(value).slice(0, 10) : String(value);
  }
  return out;
}

export function errorsByField(errors: FieldError[]): Map<string, string[]> {
  return new Map(errors.map((e) => [e.parameter, e.problems]));
}
