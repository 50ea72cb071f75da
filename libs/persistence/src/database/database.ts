import { DataSource, type QueryRunner } from 'typeorm';
import { createDataSource, databaseKind, type DatabaseConfig, type DatabaseKind } from './data-source.js';
import { BigintArrayParam, encodeBigintArray } from './bigint-array.js';
import { QueryLogger } from './query-logger.js';

/** Anything that runs SQL: the database itself or an open transaction. */
export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The SQLSTATE of a failed statement (TypeORM wraps the driver's error), if any. */
export function sqlStateOf(err: unknown): string | undefined {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** PostgreSQL aborted the transaction to break a lock conflict; the same work may succeed when run again. */
export function isLockConflict(err: unknown): boolean {
  const code = sqlStateOf(err);
  return code === '40P01' || code === '40001'; // deadlock_detected, serialization_failure
}

/** Plain reads; anything else may have written. */
const READ_ONLY = /^\s*SELECT\b/i;

/** Parameters as the driver takes them: `bigints` lists in binary on PostgreSQL, as plain arrays on PGlite. */
function driverParams(kind: DatabaseKind, params: unknown[] | undefined): unknown[] | undefined {
  if (!params?.some((p) => p instanceof BigintArrayParam)) return params;
  return params.map((p) => {
    if (!(p instanceof BigintArrayParam)) return p;
    return (kind === 'postgres' && encodeBigintArray(p.values)) || [...p.values];
  });
}

/** TypeORM answers UPDATE and DELETE with [rows, count] on node-postgres only; the structured result is uniform. */
async function rowsOf<T>(runner: QueryRunner, kind: DatabaseKind, sql: string, params?: unknown[]): Promise<T[]> {
  const result = await runner.query(sql, driverParams(kind, params), true);
  return (result.records ?? []) as T[];
}

/** The process's one connection to PGlite or PostgreSQL. Only repositories use it directly. */
export class Database implements Sql {
  private constructor(
    readonly dataSource: DataSource,
    readonly kind: DatabaseKind,
    private readonly queryLogger: QueryLogger,
  ) {}

  private version = 0;

  /** Moves on every committed write: what read caches compare against. */
  get dataVersion(): number {
    return this.version;
  }

  /** Statements run since start (all connections); lets tests prove that lookups are batched. */
  get statementCount(): number {
    return this.queryLogger.statements;
  }

  static async open(config: DatabaseConfig, options: { migrate?: boolean; onProblem?: ConstructorParameters<typeof QueryLogger>[0] } = {}): Promise<Database> {
    const queryLogger = new QueryLogger(options.onProblem);
    const dataSource = createDataSource(config, queryLogger);
    await dataSource.initialize();
    const db = new Database(dataSource, databaseKind(config), queryLogger);
    if (options.migrate === false) return db;
    try {
      await db.migrate();
    } catch (err) {
      // nobody gets this Database to close: let go of the connections and of the PGlite folder's lock now
      await db.close().catch(() => undefined);
      throw err;
    }
    return db;
  }

  /** Runs pending migrations; a no-op when all have run. */
  async migrate(): Promise<string[]> {
    const ran = await this.dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  }

  /** Rows of any statement, RETURNING rows included, the same on PostgreSQL and PGlite. */
  async query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      return await rowsOf<T>(runner, this.kind, sql, params);
    } finally {
      await runner.release();
      if (!READ_ONLY.test(sql)) this.version += 1;
    }
  }

  /**
   * Runs `work` in one transaction; everything it writes is kept or none of it. With `retries`,
   * a transaction that PostgreSQL aborted to break a lock conflict (deadlock, serialization
   * failure) runs again from the start, that many times at most: only for work that does nothing
   * outside the database that a second run would repeat.
   */
  async transaction<T>(work: (tx: Sql) => Promise<T>, options: { retries?: number } = {}): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.dataSource.transaction((manager) => work({ query: (sql, params) => rowsOf(manager.queryRunner as QueryRunner, this.kind, sql, params) }));
      } catch (err) {
        if (attempt >= (options.retries ?? 0) || !isLockConflict(err)) throw err;
        // a little later and at a random moment, so the transactions that collided do not meet again
        await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt + Math.random() * 25));
      } finally {
        this.version += 1;
      }
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
