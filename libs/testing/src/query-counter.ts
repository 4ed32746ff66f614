import type { Logger } from 'typeorm';

/** A TypeORM logger that counts queries, so a test can show a list costs a fixed number of them. */
export class QueryCounter implements Logger {
  count = 0;
  readonly queries: string[] = [];

  logQuery(query: string): void {
    this.count++;
    this.queries.push(query);
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
