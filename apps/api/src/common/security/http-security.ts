import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/app-config.js';
import { requestIdMiddleware, requestScopeMiddleware } from '../logging/request-logging.js';
import { rateLimitMiddleware } from './rate-limit.js';

/** The dashboard loads nothing from other hosts and runs no inline script or style. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/**
 * Everything in front of the routes, in order: request id and access log, security headers,
 * CORS (closed unless CORS_ORIGINS lists origins), the rate limit on /graphql, and the JSON body
 * parser with its size limit.
 */
export function applyHttpSecurity(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const { security } = config;
  app.set('trust proxy', security.trustProxy);
  app.disable('x-powered-by');
  app.use(requestIdMiddleware(logger));
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      // TLS is terminated in front of this server, which decides about HSTS.
      strictTransportSecurity: false,
    }),
  );
  if (security.corsOrigins.length > 0) {
    app.enableCors({
      origin: security.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      // x-analyst: the analyst's name a web client sends for the audit trail (see README, tagging)
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'x-analyst', 'apollo-require-preflight'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    });
  }
  if (security.rateLimitPerMinute > 0) app.use('/graphql', rateLimitMiddleware(security.rateLimitPerMinute));
  app.use(express.json({ limit: security.maxBodyBytes }));
  app.use(requestScopeMiddleware(logger));
}

/**
 * Errors before the routes (a malformed or oversized body, a bad URL) are the client's: 4xx with
 * a short message and never a stack trace; anything else is a logged 500.
 */
export function httpErrorHandler(logger: Logger) {
  return (err: Error & { status?: number; statusCode?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const given = err.status ?? err.statusCode;
    const status = given && given >= 400 && given < 500 ? given : 500;
    if (status === 500) logger.error({ err }, 'request failed');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    const message =
      status === 413
        ? 'The request body is larger than the server accepts (MAX_BODY_SIZE); send fewer documents per request'
        : status === 500
          ? 'Internal error'
          : err.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON'
            : err.message.slice(0, 200);
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
