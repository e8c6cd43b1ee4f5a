// Readers for untrusted JSON/XML payloads: each returns a value of the expected type or
// undefined, so that a field of the wrong type is skipped instead of throwing a TypeError.

export type PayloadRecord = Record<string, unknown>;

export function asRecord(value: unknown): PayloadRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as PayloadRecord) : undefined;
}

/** An array as-is; a single value as a one-element array (XML parsers collapse lists of one). */
export function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

export function asRecords(value: unknown): PayloadRecord[] {
  return asArray(value).flatMap((item) => {
    const record = asRecord(item);
    return record ? [record] : [];
  });
}

/** Trimmed non-empty text; numbers become text (ids are numbers in some APIs, strings in others). */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A finite number from a number or a numeric string ("75000", "100000.00"); else undefined. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value.trim());
  return Number.isFinite(parsed) ? parsed : undefined;
}

export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** Drops undefined and empty-string properties so postings compare and hash the same way. */
export function withoutEmpty<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || field === '') continue;
    if (typeof field === 'object' && field !== null && !Array.isArray(field)) {
      const inner = withoutEmpty(field as object);
      if (Object.keys(inner).length > 0) out[key] = inner;
      continue;
    }
    out[key] = field;
  }
  return out as T;
}

/** A posting without empty optional fields; `description` stays, empty when the source has none. */
export function compactPosting<T extends { description: string }>(posting: T): T {
  return { ...withoutEmpty(posting), description: posting.description ?? '' };
}
