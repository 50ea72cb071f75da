import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';

type Release = (err?: unknown) => void;
type ConnectCallback = (err: unknown, client: PGliteClient | null, release: Release) => void;

/**
 * A pg-compatible client over the process's single PGlite instance.
 * PGlite has one session, so this client is lent to one TypeORM query runner at a time.
 */
class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(sql: string, params?: unknown[] | ((err: unknown, res: unknown) => void), cb?: (err: unknown, res: unknown) => void) {
    if (typeof params === 'function') {
      cb = params;
      params = undefined;
    }
    try {
      const hasParams = Array.isArray(params) && params.length > 0;
      // Parameterless strings may hold several statements (migrations); exec runs them all.
      const raw = hasParams
        ? await this.db.query(sql, params as unknown[])
        : await this.db.exec(sql).then((all) => all[all.length - 1] ?? { rows: [], fields: [] });
      const result = { ...raw, rowCount: (raw as { affectedRows?: number }).affectedRows ?? raw.rows.length };
      cb?.(null, result);
      return result;
    } catch (err) {
      cb?.(err, null);
      throw err;
    }
  }

  release(): void {}
}

/**
 * TypeORM's postgres driver takes a `pg`-style Pool. PGlite serves one session, so a transaction
 * must own it exclusively: this pool hands its single client to one borrower at a time and
 * queues the rest. Without it, two requests' transactions would interleave on one session.
 */
export interface PGliteHandle {
  get(): Promise<PGlite>;
  close(): Promise<void>;
}

export function createExclusivePGlitePool(handle: PGliteHandle) {
  return class ExclusivePGlitePool extends EventEmitter {
    private client: PGliteClient | null = null;
    private busy = false;
    private readonly waiters: Array<() => void> = [];
    private ended = false;

    constructor(_options?: unknown) {
      super();
    }

    connect(callback?: ConnectCallback): Promise<PGliteClient> | void {
      const acquire = async (): Promise<[PGliteClient, Release]> => {
        if (this.ended) throw new Error('The embedded database is closed');
        if (this.busy) await new Promise<void>((resolve) => this.waiters.push(resolve));
        this.busy = true;
        try {
          this.client ??= new PGliteClient(await handle.get());
        } catch (err) {
          this.handOver();
          throw err;
        }
        let released = false;
        const release: Release = () => {
          if (released) return;
          released = true;
          this.handOver();
        };
        return [this.client, release];
      };
      if (!callback) return acquire().then(([client]) => client);
      acquire().then(
        ([client, release]) => callback(null, client, release),
        (err) => callback(err, null, () => undefined),
      );
    }

    async query(sql: string, params?: unknown[]) {
      const [client, release] = await new Promise<[PGliteClient, Release]>((resolve, reject) =>
        this.connect((err, c, r) => (err ? reject(err) : resolve([c as PGliteClient, r]))),
      );
      try {
        return await client.query(sql, params);
      } finally {
        release();
      }
    }

    end(cb?: (err?: unknown) => void): Promise<void> | void {
      this.ended = true;
      const done = handle.close();
      if (!cb) return done;
      done.then(() => cb(), (err) => cb(err));
    }

    private handOver() {
      const next = this.waiters.shift();
      if (next) next();
      else this.busy = false;
    }
  };
}
