import { Inject, Injectable } from '@nestjs/common';
import { ApiTokenRepository, Database } from '@app/persistence';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { LOGGER_TOKEN } from '../logging/logger.js';
import { Role, roleFromStored, type Principal } from './roles.js';
import { parseToken, sameSecret, secretMatches, tokenFingerprint } from './token-secret.js';

/** How long a verified (or refused) token is trusted without asking the database again. */
const CACHE_TTL_MS = 30_000;
const CACHE_MAX_ENTRIES = 10_000;
/** last-used times are written at most this often per token */
const TOUCH_INTERVAL_MS = 60_000;

export const BOOTSTRAP_ADMIN: Principal = Object.freeze({ name: 'admin', role: Role.ADMIN, tokenId: null });

/**
 * Turns a bearer token into a Principal: the ADMIN_TOKEN, or a named API token verified against
 * its salted scrypt hash. Results are cached briefly (by a hash of the token, never the token)
 * so that scrypt runs once per token and half-minute, not once per request.
 */
@Injectable()
export class Authenticator {
  private readonly cache = new Map<string, { principal: Principal | null; expires: number }>();
  private readonly pending = new Map<string, Promise<Principal | null>>();
  private readonly touched = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Database) private readonly db: Database,
    @Inject(ApiTokenRepository) private readonly tokens: ApiTokenRepository,
    @Inject(LOGGER_TOKEN) private readonly logger: Logger,
  ) {}

  /** With ADMIN_TOKEN unset the server is single-user and local: nothing is refused. */
  get enforced(): boolean {
    return this.config.adminToken !== null;
  }

  async authenticate(token: string): Promise<Principal | null> {
    if (this.config.adminToken !== null && sameSecret(token, this.config.adminToken)) return BOOTSTRAP_ADMIN;
    const parsed = parseToken(token);
    if (!parsed) return null;
    const key = tokenFingerprint(token);
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.expires > now) {
      if (hit.principal) this.touch(hit.principal, now);
      return hit.principal;
    }
    let verifying = this.pending.get(key);
    if (!verifying) {
      verifying = this.verify(parsed.publicId, parsed.secret).finally(() => this.pending.delete(key));
      this.pending.set(key, verifying);
    }
    const principal = await verifying;
    if (this.cache.size >= CACHE_MAX_ENTRIES) this.cache.clear();
    this.cache.set(key, { principal, expires: Date.now() + CACHE_TTL_MS });
    if (principal) this.touch(principal, now);
    return principal;
  }

  /** A revoked token stops working at once in this process (others notice within CACHE_TTL_MS). */
  forget(tokenId: string): void {
    for (const [key, entry] of this.cache) if (entry.principal?.tokenId === tokenId) this.cache.delete(key);
    this.touched.delete(tokenId);
  }

  private async verify(publicId: string, secret: string): Promise<Principal | null> {
    const row = await this.tokens.findByPublicId(this.db, publicId);
    if (!row || row.revokedAt !== null) return null;
    if (!(await secretMatches(secret, row.salt, row.secretHash))) return null;
    return { name: row.name, role: roleFromStored(row.role), tokenId: row.id };
  }

  private touch(principal: Principal, now: number): void {
    const id = principal.tokenId;
    if (id === null || now - (this.touched.get(id) ?? 0) < TOUCH_INTERVAL_MS) return;
    this.touched.set(id, now);
    this.tokens.touch(this.db, id, new Date(now)).catch((err: unknown) => {
      this.touched.delete(id);
      this.logger.debug({ tokenId: id, reason: err instanceof Error ? err.message : String(err) }, 'could not record token use');
    });
  }
}
