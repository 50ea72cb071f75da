import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type TagStatus = 'SUGGESTED' | 'CONFIRMED' | 'REJECTED';
export type TagOrigin = 'MANUAL' | 'RULE' | 'SIMILARITY';
export type TagStance = 'SUPPORTS' | 'REFUTES' | 'NEUTRAL';

/** One per claim × narrative. Claim time, source and language are copied here for trends. */
@Entity('claim_tags')
export class ClaimTagEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('bigint', { name: 'claim_id' }) claimId: string;
  @Column('bigint', { name: 'narrative_id' }) narrativeId: string;
  @Column('text') status: TagStatus;
  @Column('text') origin: TagOrigin;
  @Column('text') stance: TagStance;
  @Column('real') confidence: number;
  @Column('text', { array: true, default: '{}' }) evidence: string[];
  @Column('text', { name: 'tagged_by', nullable: true }) taggedBy: string | null;
  @Column('timestamptz', { name: 'published_at' }) publishedAt: Date;
  @Column('bigint', { name: 'source_id' }) sourceId: string;
  @Column('text') language: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
