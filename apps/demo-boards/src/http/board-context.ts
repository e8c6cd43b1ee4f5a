/** Per-server-instance state shared by the boards. */
export interface BoardContext {
  /** The clock that posting dates hang off; fixed at server creation. */
  now: Date;
  /** Last-Modified of every page: the content only changes when the server restarts. */
  lastModified: Date;
  flaky: FlakyPages;
}

/** Pages that answer 500 a fixed number of times, per server instance, then work. */
export class FlakyPages {
  private readonly failures = new Map<string, number>();

  constructor(private readonly failuresBeforeSuccess: number) {}

  /** True while the page identified by `key` should still fail; counts the failure. */
  shouldFail(key: string): boolean {
    const failed = this.failures.get(key) ?? 0;
    if (failed >= this.failuresBeforeSuccess) return false;
    this.failures.set(key, failed + 1);
    return true;
  }

  failuresSoFar(key: string): number {
    return this.failures.get(key) ?? 0;
  }
}
