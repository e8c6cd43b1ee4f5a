import { UnrecoverableError } from 'bullmq';

/** A source definition that cannot be crawled; names the field at fault. */
export class SourceConfigError extends UnrecoverableError {
  override name = 'SourceConfigError';
  constructor(
    readonly source: string,
    readonly field: string,
    message: string,
  ) {
    super(`source "${source}": ${field}: ${message}`);
  }
}

/** A page whose content can never be parsed (invalid JSON from an API): retrying cannot help. */
export class PermanentPageError extends UnrecoverableError {
  override name = 'PermanentPageError';
}

/** A fetch that may succeed later (network error, 5xx, 408, 429, timeout). */
export class TransientFetchError extends Error {
  override name = 'TransientFetchError';
  constructor(
    message: string,
    readonly url: string,
    /** Milliseconds the server asked us to wait (Retry-After), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A fetch that will not succeed by retrying (4xx other than 408/429, refused URL, too large). */
export class PermanentFetchError extends UnrecoverableError {
  override name = 'PermanentFetchError';
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** robots.txt forbids the URL: counted as skipped, never fetched. */
export class RobotsDisallowedError extends UnrecoverableError {
  override name = 'RobotsDisallowedError';
  constructor(readonly url: string) {
    super(`robots.txt disallows ${url}`);
  }
}
