import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sources')
export class SourceEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) platform: string | null;
  @Column('text', { nullable: true }) country: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
