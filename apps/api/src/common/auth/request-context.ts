import type { Request } from 'express';
import type { AppConfig } from '../../config/app-config.js';
import type { LoadersFactory, RequestContext } from '../loaders/loaders.js';

export function bearerToken(req: Request | undefined): string | null {
  const header = req?.headers?.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match ? (match[1] as string).trim() : null;
}

/**
 * Builds the per-request GraphQL context: fresh dataloaders and who is acting. The token is
 * verified later, by AuthGuard, only when an operation needs it; the guard then sets `actor` to
 * the token's name.
 */
export function buildRequestContext(config: AppConfig, loaders: LoadersFactory, req: Request | undefined): RequestContext {
  const token = bearerToken(req);
  // Without ADMIN_TOKEN (one local user) the dashboard may name the analyst; with it, only tokens do.
  const analyst =
    !config.adminToken && typeof req?.headers?.['x-analyst'] === 'string' ? (req.headers['x-analyst'] as string).trim().slice(0, 100) : '';
  return {
    loaders: loaders.create(),
    actor: analyst || (config.adminToken ? 'anonymous' : 'analyst'),
    authorized: !config.adminToken,
    presentedToken: token !== null,
    req,
  };
}
