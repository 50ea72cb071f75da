import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

interface RequestScope {
  requestId: string;
  logger: Logger;
}

const scope = new AsyncLocalStorage<RequestScope>();
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The logger of the request being served (it carries reqId), or `fallback` outside one. */
export function requestLogger(fallback: Logger): Logger {
  return scope.getStore()?.logger ?? fallback;
}

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

function requestIdOf(req: Request): string {
  return (req as Request & { id?: string }).id ?? 'unknown';
}

/**
 * Gives every HTTP request an id (the client's `x-request-id` when it is a sane one, else a new
 * UUID), echoes it in the response and logs one line when the response is sent: method, path
 * (never the query string), status, duration, client IP and GraphQL operation name. Bodies,
 * variables and tokens are never logged.
 */
export function requestIdMiddleware(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    (req as Request & { id?: string }).id = id;
    res.setHeader('x-request-id', id);
    // Taken now: a mounted middleware (Apollo at /graphql) rewrites req.url while it runs.
    const path = req.path;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const body = req.body as { operationName?: unknown } | undefined;
      const operation = typeof body?.operationName === 'string' ? body.operationName.slice(0, 100) : undefined;
      const entry = { reqId: id, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10, ip: req.ip, operation };
      if (res.statusCode === 503) logger.warn(entry, 'request refused: service unavailable');
      else if (res.statusCode >= 500) logger.error(entry, 'request failed');
      else if (path === '/graphql' || res.statusCode >= 400) logger.info(entry, 'request');
      else logger.debug(entry, 'request');
    });
    next();
  };
}

/** Runs the rest of the request inside its scope, so deeper code logs with its reqId. */
export function requestScopeMiddleware(logger: Logger) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const requestId = requestIdOf(req);
    scope.run({ requestId, logger: logger.child({ reqId: requestId }) }, next);
  };
}
