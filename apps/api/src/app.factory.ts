import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { PinoNestLogger } from './common/logging/logger.js';
import { applyHttpSecurity, httpErrorHandler } from './common/security/http-security.js';
import type { AppConfig } from './config/app-config.js';
import { graphqlResponseCache } from './common/cache/response-cache.js';
import { Database } from '@app/persistence';

/** Builds the whole server (GraphQL, /health, dashboard) without listening: main.ts and tests share it. */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    // a failed start (database down, bad migration) is thrown to the caller, not a silent exit
    abortOnError: false,
  });
  applyHttpSecurity(app, config, logger);
  if (config.responseCache.ttlMs > 0) {
    app.use('/graphql', graphqlResponseCache(app.get(Database), { ttlMs: config.responseCache.ttlMs, maxEntries: 500, maxBytes: 256 * 2 ** 20, maxEntryBytes: 64 * 2 ** 20 }));
  }
  app.enableShutdownHooks();
  serveDashboard(app, config, logger);
  // Malformed or oversized bodies are the client's fault: 4xx with a short message, never a stack trace.
  app.use(httpErrorHandler(logger));
  return app;
}

function serveDashboard(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const dir = config.dashboardDir;
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ dir }, 'dashboard not built; run "npm run build:dashboard" to serve it at /');
    return;
  }
  app.use(express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: (res, path) => {
    if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
  } }));
  const graphiql = join(dir, 'graphiql', 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
    if (req.path === '/graphiql' && existsSync(graphiql)) return res.sendFile(graphiql);
    if (!req.accepts('html') || /\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
