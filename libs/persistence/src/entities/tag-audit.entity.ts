import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every tag decision: who changed which tag, when, from what to what. */
@Entity('tag_audit')
export class TagAuditEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('bigint', { name: 'claim_id' }) claimId: string;
  @Column('bigint', { name: 'narrative_id' }) narrativeId: string;
  @Column('text') action: string;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus: string | null;
  @Column('text', { name: 'to_status', nullable: true }) toStatus: string | null;
  @Column('text', { name: 'from_stance', nullable: true }) fromStance: string | null;
  @Column('text', { name: 'to_stance', nullable: true }) toStance: string | null;
  @Column('text', { nullable: true }) origin: string | null;
  @Column('text', { nullable: true }) actor: string | null;
  @Column('timestamptz') at: Date;
}
