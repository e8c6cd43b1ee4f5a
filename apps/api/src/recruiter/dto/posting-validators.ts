import { isEmail, isURL, ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { descriptionToText, sanitizeDescription } from '@app/postings';

const MAX_URL = 2000;
const DAY_MS = 24 * 3600 * 1000;

/** Where to apply: an http(s) page on a public-looking host, or a mailto: address. Nothing else (javascript:, data:, ...). */
export function isApplyUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > MAX_URL) return false;
  if (/^mailto:/i.test(value)) {
    const address = decodeURIComponentSafe(value.slice('mailto:'.length).split('?')[0]);
    return address !== null && isEmail(address);
  }
  return isURL(value, { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true, allow_underscores: true });
}

export function IsApplyUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isApplyUrl', validator: { validate: isApplyUrl, defaultMessage: (a?: ValidationArguments) => `${a?.property} must be an http(s) or mailto: URL` } },
    options,
  );
}

/** An ISO 8601 date or date-time after now and at most `maxDays` ahead. */
export function IsFutureDate(maxDays: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isFutureDate',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return false;
          const t = new Date(value).getTime();
          return !Number.isNaN(t) && t > Date.now() && t <= Date.now() + maxDays * DAY_MS;
        },
        defaultMessage: (a?: ValidationArguments) => `${a?.property} must be a date (YYYY-MM-DD) in the future, at most ${maxDays} days ahead`,
      },
    },
    options,
  );
}

/** Not less than another numeric property of the same object (when both are numbers). */
export function NotLessThan(other: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notLessThan',
      constraints: [other],
      validator: {
        validate: (value: unknown, a?: ValidationArguments) => {
          const min = (a?.object as Record<string, unknown>)[other];
          return typeof value !== 'number' || typeof min !== 'number' || value >= min;
        },
        defaultMessage: (a?: ValidationArguments) => `${a?.property} must not be less than ${other}`,
      },
    },
    options,
  );
}

/** Some readable text remains once unsafe markup is removed (a description of only a script is empty). */
export function HasSafeText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasSafeText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && descriptionToText(sanitizeDescription(value)).length > 0,
        defaultMessage: (a?: ValidationArguments) => `${a?.property} has no text once unsafe markup is removed`,
      },
    },
    options,
  );
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Only one of two alternatives may be given (e.g. applyEmail next to applyUrl). */
export function NotWith(other: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notWith',
      constraints: [other],
      validator: {
        validate: (value: unknown, a?: ValidationArguments) => {
          const alternative = (a?.object as Record<string, unknown>)[other];
          return value === undefined || value === null || alternative === undefined || alternative === null;
        },
        defaultMessage: (a?: ValidationArguments) => `give ${a?.property} or ${other}, not both`,
      },
    },
    options,
  );
}
