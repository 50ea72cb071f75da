import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { parse, type DocumentNode } from 'graphql';

/** What the cache needs to know of the data: a number that changes with every committed write. */
export interface DataVersion {
  readonly dataVersion: number;
}

export interface ResponseCacheOptions {
  /** how long an answer may be reused at most; bounds staleness when other processes write to the same database */
  ttlMs: number;
  maxEntries: number;
  /** total size of the cached bodies */
  maxBytes: number;
  /** answers larger than this are not kept */
  maxEntryBytes: number;
}

interface Entry {
  body: Buffer;
  version: number;
  storedAt: number;
}

/** Whether a GraphQL document holds only queries (no mutation or subscription), remembered per text. */
class OperationKinds {
  private readonly known = new Map<string, boolean>();

  readOnly(query: string): boolean {
    let ro = this.known.get(query);
    if (ro === undefined) {
      let doc: DocumentNode | null = null;
      try {
        doc = parse(query, { maxTokens: 10_000 });
      } catch {
        ro = false;
      }
      if (doc) ro = doc.definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query');
      if (this.known.size > 5_000) this.known.clear();
      this.known.set(query, ro as boolean);
    }
    return ro as boolean;
  }
}

/**
 * Reuses the JSON answer of a read-only GraphQL request while the data has not changed: the same
 * query, variables and credentials get the stored bytes without executing again. Any committed
 * write moves the data version and so retires every entry at once. Dashboards ask the same
 * questions over and over, and a year of daily points for many series is costly to build.
 */
export function graphqlResponseCache(data: DataVersion, options: ResponseCacheOptions) {
  const entries = new Map<string, Entry>();
  /** requests being answered now, so identical ones arriving meanwhile wait for that answer */
  const inflight = new Map<string, Promise<void>>();
  const kinds = new OperationKinds();
  let bytes = 0;

  const evict = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.body.length;
    entries.delete(key);
  };

  const fresh = (key: string): Entry | null => {
    const hit = entries.get(key);
    if (!hit) return null;
    if (hit.version === data.dataVersion && Date.now() - hit.storedAt <= options.ttlMs) return hit;
    evict(key);
    return null;
  };

  const serve = (res: Response, hit: Entry, key: string) => {
    // most recently used last, so eviction takes the oldest first
    entries.delete(key);
    entries.set(key, hit);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('x-response-cache', 'hit');
    res.end(hit.body);
  };

  return async (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (req.method !== 'POST' || !body || typeof body.query !== 'string' || !kinds.readOnly(body.query)) return next();
    const key = createHash('sha1')
      .update(JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null, req.headers.authorization ?? '', req.headers['x-analyst'] ?? '']))
      .digest('base64');
    const hit = fresh(key);
    if (hit) return serve(res, hit, key);
    const pending = inflight.get(key);
    if (pending) {
      await pending;
      const after = fresh(key);
      if (after) return serve(res, after, key);
    }

    let done!: () => void;
    if (!inflight.has(key)) {
      inflight.set(key, new Promise<void>((resolve) => (done = resolve)));
      res.on('close', () => {
        inflight.delete(key);
        done();
      });
    }
    const version = data.dataVersion;
    const chunks: Buffer[] = [];
    let size = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > options.maxEntryBytes) return;
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      size += buf.length;
      if (size <= options.maxEntryBytes) chunks.push(buf);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      const result = end(chunk, ...rest);
      if (res.statusCode === 200 && size <= options.maxEntryBytes && data.dataVersion === version) {
        const stored = Buffer.concat(chunks);
        // answers with errors are not kept: the next request should try again
        if (!stored.includes('"errors"')) {
          evict(key);
          entries.set(key, { body: stored, version, storedAt: Date.now() });
          bytes += stored.length;
          while ((entries.size > options.maxEntries || bytes > options.maxBytes) && entries.size > 0) {
            evict(entries.keys().next().value as string);
          }
        }
      }
      return result;
    }) as Response['end'];
    next();
  };
}
