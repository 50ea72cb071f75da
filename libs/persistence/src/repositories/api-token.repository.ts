import type { Sql } from '../database/database.js';
import type { ApiTokenRole } from '../entities/api-token.entity.js';

/** A token row without its secret material. */
export interface ApiTokenRecord {
  id: string;
  publicId: string;
  name: string;
  role: ApiTokenRole;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** What verifying a presented token needs: the row and its salt and hash. */
export interface ApiTokenSecretRecord extends ApiTokenRecord {
  salt: string;
  secretHash: string;
}

export interface NewApiToken {
  publicId: string;
  name: string;
  role: ApiTokenRole;
  salt: string;
  secretHash: string;
  createdBy: string | null;
}

const COLUMNS = `t.id, t.public_id AS "publicId", t.name, t.role, t.created_by AS "createdBy", t.created_at AS "createdAt",
  t.last_used_at AS "lastUsedAt", t.revoked_at AS "revokedAt"`;

export class ApiTokenRepository {
  /** Inserts unless an active token already has the name (case-insensitively); null then. */
  async insert(sql: Sql, token: NewApiToken): Promise<ApiTokenRecord | null> {
    const rows = await sql.query<ApiTokenRecord>(
      `INSERT INTO api_tokens AS t (public_id, name, role, salt, secret_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING
       RETURNING ${COLUMNS}`,
      [token.publicId, token.name, token.role, token.salt, token.secretHash, token.createdBy],
    );
    return rows[0] ?? null;
  }

  findAll(sql: Sql, includeRevoked: boolean): Promise<ApiTokenRecord[]> {
    return sql.query(
      `SELECT ${COLUMNS} FROM api_tokens t ${includeRevoked ? '' : 'WHERE t.revoked_at IS NULL'} ORDER BY t.created_at, t.id`,
    );
  }

  async findById(sql: Sql, id: string): Promise<ApiTokenRecord | null> {
    const rows = await sql.query<ApiTokenRecord>(`SELECT ${COLUMNS} FROM api_tokens t WHERE t.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async findByPublicId(sql: Sql, publicId: string): Promise<ApiTokenSecretRecord | null> {
    const rows = await sql.query<ApiTokenSecretRecord>(
      `SELECT ${COLUMNS}, t.salt, t.secret_hash AS "secretHash" FROM api_tokens t WHERE t.public_id = $1`,
      [publicId],
    );
    return rows[0] ?? null;
  }

  /** Revokes once: a second call keeps the first revocation time. */
  async revoke(sql: Sql, id: string, actor: string | null): Promise<ApiTokenRecord | null> {
    // Wrapped in a CTE so the driver returns plain rows (a bare UPDATE answers [rows, count]).
    const rows = await sql.query<ApiTokenRecord>(
      `WITH t AS (
         UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, $2::text)
         WHERE id = $1 RETURNING *
       ) SELECT ${COLUMNS} FROM t`,
      [id, actor],
    );
    return rows[0] ?? null;
  }

  async touch(sql: Sql, id: string, at: Date): Promise<void> {
    await sql.query(`UPDATE api_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)`, [id, at]);
  }
}
