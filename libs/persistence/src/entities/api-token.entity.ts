import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ApiTokenRole = 'viewer' | 'analyst' | 'admin';

/**
 * A named API token. The secret itself is never stored: only a per-token salt and its scrypt
 * hash; `public_id` (part of the token, not secret) finds the row without scanning.
 */
@Entity('api_tokens')
export class ApiTokenEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('text', { name: 'public_id', unique: true }) publicId: string;
  @Column('text') name: string;
  @Column('text') role: ApiTokenRole;
  @Column('text') salt: string;
  @Column('text', { name: 'secret_hash' }) secretHash: string;
  @Column('text', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('text', { name: 'revoked_by', nullable: true }) revokedBy: string | null;
}
