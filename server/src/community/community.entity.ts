import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The one community this installation runs. */
@Entity('community')
export class CommunityEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  @Column({ name: 'brand_name', type: 'varchar', length: 100 })
  brandName: string;

  @Column({ name: 'access_mode', type: 'varchar', length: 16, default: 'OPEN' })
  accessMode: 'OPEN' | 'APPROVAL' | 'INVITE_ONLY';

  @Column({ name: 'require_guidelines', type: 'boolean', default: true })
  requireGuidelines: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
