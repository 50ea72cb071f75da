import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { PinoNestLogger } from './common/logging/logger.js';
import type { AppConfig } from './config/app-config.js';

/** Builds the whole server (GraphQL, /health, dashboard) without listening: main.ts and tests share it. */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.use(express.json({ limit: '20mb' }));
  app.enableShutdownHooks();
  serveDashboard(app, config, logger);
  // Malformed JSON bodies are the client's fault: 400 with a short message, never a stack trace.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, 'request failed');
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal error' : err.message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
  });
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
