import { isUtf8 } from 'node:buffer';
import type { Request } from 'express';
import type { AppConfig } from '../../config/app-config.js';
import type { LoadersFactory, RequestContext } from '../loaders/loaders.js';

export function bearerToken(req: Request | undefined): string | null {
  const header = req?.headers?.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match ? (match[1] as string).trim() : null;
}

/**
 * The analyst's name from an `X-Analyst` header. Node hands header bytes over as Latin-1, so a
 * name sent as raw UTF-8 (curl -H 'X-Analyst: Олена') is decoded again; a percent-encoded one
 * (what a browser's fetch must send, as it refuses other characters) is decoded too. Control
 * characters go; at most 100 characters, never cutting one in half.
 */
export function analystName(header: string): string {
  let name = header;
  const bytes = Buffer.from(name, 'latin1');
  if (/[^\x00-\x7f]/.test(name) && isUtf8(bytes)) name = bytes.toString('utf8');
  if (/%[0-9a-f]{2}/i.test(name)) {
    try {
      name = decodeURIComponent(name);
    } catch {
      // not percent-encoding after all: keep the name as sent
    }
  }
  return [...name.replace(/\p{Cc}+/gu, ' ').trim()].slice(0, 100).join('').trim();
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
    !config.adminToken && typeof req?.headers?.['x-analyst'] === 'string' ? analystName(req.headers['x-analyst'] as string) : '';
  return {
    loaders: loaders.create(),
    actor: analyst || (config.adminToken ? 'anonymous' : 'analyst'),
    authorized: !config.adminToken,
    presentedToken: token !== null,
    req,
  };
}
