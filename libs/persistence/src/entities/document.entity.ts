import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('documents')
export class DocumentEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('text', { name: 'external_id', nullable: true }) externalId: string | null;
  @Column('bigint', { name: 'source_id' }) sourceId: string;
  /** sha1 of the normalised text; identifies a document that has no external id */
  @Column('text', { name: 'content_fingerprint' }) contentFingerprint: string;
  @Column('text', { nullable: true }) url: string | null;
  @Column('text', { nullable: true }) title: string | null;
  @Column('text', { nullable: true }) author: string | null;
  @Column('text') text: string;
  @Column('text', { nullable: true }) language: string | null;
  @Column('timestamptz', { name: 'published_at' }) publishedAt: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
