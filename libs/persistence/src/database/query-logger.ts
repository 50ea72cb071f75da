import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts statements (tests check that nested GraphQL fields are batched) and reports errors and slow ones. */
export class QueryLogger implements TypeOrmLogger {
  statements = 0;

  constructor(private readonly onProblem: (event: { kind: 'error' | 'slow'; query: string; detail: string }) => void = () => {}) {}

  logQuery(): void {
    this.statements += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    this.onProblem({ kind: 'error', query: query.slice(0, 500), detail: error instanceof Error ? error.message : error });
  }
  logQuerySlow(time: number, query: string): void {
    this.onProblem({ kind: 'slow', query: query.slice(0, 500), detail: `${time} ms` });
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
