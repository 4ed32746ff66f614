import type { Logger } from 'typeorm';
import { ACCESS_STATE_SQL } from '#auth';

/** A TypeORM logger that counts queries, so a test can show a list costs a fixed number of them. */
export class QueryCounter implements Logger {
  count = 0;
  readonly queries: string[] = [];

  logQuery(query: string): void {
    this.count++;
    this.queries.push(query);
  }

  /**
   * The statements since the last reset that a request itself made: without the access check of a signed-in
   * request, which is cached for ACCESS_CHECK_CACHE_MS per process, so whether a request makes it depends on the clock.
   */
  get ownCount(): number {
    return this.queries.filter((query) => query !== ACCESS_STATE_SQL).length;
  }

  reset(): void {
    this.count = 0;
    this.queries.length = 0;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
