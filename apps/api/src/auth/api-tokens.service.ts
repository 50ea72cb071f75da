import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError, DomainErrorCode, isRecordId } from '@app/domain';
import { ApiTokenRepository, Database, type ApiTokenRecord } from '@app/persistence';
import type { Logger } from 'pino';
import { LOGGER_TOKEN } from '../common/logging/logger.js';
import { Authenticator } from '../common/auth/authenticator.js';
import { Role, roleFromStored, roleToStored } from '../common/auth/roles.js';
import { issueToken } from '../common/auth/token-secret.js';
import type { ApiTokenModel } from './models/api-token.model.js';
import type { CreatedApiTokenModel } from './models/created-api-token.model.js';

const MAX_NAME_LENGTH = 100;
/** Names the server itself records as actors; a token may not pose as them. */
const RESERVED_NAMES = new Set(['admin', 'analyst', 'anonymous']);

function cleanName(raw: string): string {
  const name = raw.trim();
  if (!name) throw DomainError.badInput('name', 'name must not be empty');
  if (name.length > MAX_NAME_LENGTH) throw DomainError.badInput('name', `name is longer than ${MAX_NAME_LENGTH} characters`);
  if (!name.isWellFormed() || /\p{Cc}/u.test(name)) throw DomainError.badInput('name', 'name contains control characters or a lone surrogate');
  if (RESERVED_NAMES.has(name.toLowerCase())) throw DomainError.badInput('name', `"${name}" is reserved; choose another name`);
  return name;
}

export function toApiTokenModel(row: ApiTokenRecord): ApiTokenModel {
  return {
    id: row.id,
    name: row.name,
    role: roleFromStored(row.role),
    prefix: `nrt_${row.publicId}`,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

/** Admins' management of named API tokens. */
@Injectable()
export class ApiTokensService implements OnApplicationBootstrap {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(ApiTokenRepository) private readonly tokens: ApiTokenRepository,
    @Inject(Authenticator) private readonly auth: Authenticator,
    @Inject(LOGGER_TOKEN) private readonly logger: Logger,
  ) {}

  /**
   * Once ADMIN_TOKEN is set, says which live tokens were probably made while the server was open
   * (by older versions, which allowed it): made neither by the admin nor by a token, they were
   * issued without anybody's say and keep their role until revoked.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.auth.enforced) return;
    const all = await this.tokens.findAll(this.db, true);
    const tokenNames = new Set(all.map((t) => t.name));
    const doubtful = all.filter((t) => t.revokedAt === null && t.createdBy !== 'admin' && !tokenNames.has(t.createdBy ?? ''));
    if (doubtful.length === 0) return;
    this.logger.warn(
      { tokens: doubtful.map((t) => ({ id: t.id, name: t.name, role: roleFromStored(t.role), createdBy: t.createdBy })) },
      `${doubtful.length} live API token(s) were made without the admin, probably while the server ran without ADMIN_TOKEN; ` +
        'check them with the apiTokens query and revoke (revokeApiToken) those nobody should have',
    );
  }

  async create(rawName: string, role: Role, actor: string): Promise<CreatedApiTokenModel> {
    // Without ADMIN_TOKEN anyone who reaches the server may do anything: a token made then would
    // be an admin's key that nobody was asked for, still valid once the server is locked down.
    if (!this.auth.enforced) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        'API tokens can only be created while the server runs with ADMIN_TOKEN: without it every request is already allowed, ' +
          'and a token made now would keep its role after ADMIN_TOKEN is set. Restart with ADMIN_TOKEN, then create tokens with it.',
      );
    }
    const name = cleanName(rawName);
    if (!Object.values(Role).includes(role)) throw DomainError.badInput('role', 'role must be VIEWER, ANALYST or ADMIN');
    const issued = await issueToken();
    const row = await this.tokens.insert(this.db, {
      publicId: issued.publicId,
      name,
      role: roleToStored(role),
      salt: issued.salt,
      secretHash: issued.secretHash,
      createdBy: actor,
    });
    if (!row) throw DomainError.badInput('name', `a live token is already named "${name}"; revoke it or choose another name`);
    return { token: issued.token, apiToken: toApiTokenModel(row) };
  }

  async revoke(id: string, actor: string): Promise<ApiTokenModel> {
    const row = isRecordId(id) ? await this.tokens.revoke(this.db, id, actor) : null;
    if (!row) throw DomainError.badInput('id', `no API token with id ${id}`);
    this.auth.forget(row.id);
    return toApiTokenModel(row);
  }

  async list(includeRevoked: boolean): Promise<ApiTokenModel[]> {
    return (await this.tokens.findAll(this.db, includeRevoked)).map(toApiTokenModel);
  }
}
