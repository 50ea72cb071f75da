import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('narratives')
export class NarrativeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('text', { unique: true }) slug: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('bigint', { name: 'parent_id', nullable: true }) parentId: string | null;
  @Column('text', { array: true, default: '{}' }) keywords: string[];
  @Column('text', { nullable: true }) rule: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
