/**
 * Strings of one column interned to small integers, so that a column of a million postings is a
 * typed array and a filter is a lookup table. Code 0 means "no value"; codes are never reused, so
 * a code captured by a cached filter keeps meaning the same string.
 */
export class ValueDictionary {
  private readonly codes = new Map<string, number>();
  private readonly values: (string | null)[] = [null];
  private readonly labels: (string | null)[] = [null];

  /** Codes in use are 1 .. size - 1. */
  get size(): number {
    return this.values.length;
  }

  code(value: string | null | undefined, label?: string): number {
    if (value === null || value === undefined || value === '') return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
      this.labels.push(label ?? null);
    } else if (label !== undefined && this.labels[code] !== label) {
      // The latest display name wins: an employer renamed shows its new name.
      this.labels[code] = label;
    }
    return code;
  }

  /** The code of a value already seen, or 0. Never grows the dictionary (request input is untrusted). */
  find(value: string): number {
    return this.codes.get(value) ?? 0;
  }

  value(code: number): string | null {
    return this.values[code] ?? null;
  }

  label(code: number): string | null {
    return this.labels[code] ?? null;
  }
}
