import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('claims')
export class ClaimEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('bigint', { name: 'document_id' }) documentId: string;
  @Column('bigint', { name: 'source_id' }) sourceId: string;
  /** 0-based order of the claim in its document */
  @Column('int') position: number;
  @Column('text') text: string;
  @Column('text') normalized: string;
  @Column('text') fingerprint: string;
  @Column('text') language: string;
  @Column('timestamptz', { name: 'published_at' }) publishedAt: Date;
  @Column('text', { nullable: true }) claimant: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
