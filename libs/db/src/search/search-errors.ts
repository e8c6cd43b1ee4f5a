/** A search cancelled by the statement timeout: the query was too costly, not the input invalid. */
export class SearchTimeoutError extends Error {
  constructor() {
    super('the search took too long and was cancelled');
    this.name = 'SearchTimeoutError';
  }
}
