import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { AppConfig } from '../../config/app-config.js';
import type { LoadersFactory, RequestContext } from '../loaders/loaders.js';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function bearerToken(req: Request | undefined): string | null {
  const header = req?.headers?.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match ? (match[1] as string).trim() : null;
}

/** Builds the per-request GraphQL context: fresh dataloaders and who is acting. */
export function buildRequestContext(config: AppConfig, loaders: LoadersFactory, req: Request | undefined): RequestContext {
  const token = bearerToken(req);
  const authorized = config.adminToken ? token !== null && sameSecret(token, config.adminToken) : true;
  const analyst = typeof req?.headers?.['x-analyst'] === 'string' ? (req.headers['x-analyst'] as string).trim().slice(0, 100) : '';
  return {
    loaders: loaders.create(),
    actor: analyst || (config.adminToken && authorized ? 'admin' : 'analyst'),
    authorized,
    presentedToken: token !== null,
    req,
  };
}
