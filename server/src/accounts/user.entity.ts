import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@townsquare/shared';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  handle: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 32, default: Role.MEMBER })
  role: Role;

  /** Read-only until then. */
  @Column({ name: 'silenced_until', type: 'timestamptz', nullable: true })
  silencedUntil: Date | null;

  /** Cannot sign in until then ('infinity' for an indefinite suspension). */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  /** Flags of theirs staff agreed with, and rejected: their flags' weight follows. */
  @Column({ name: 'flags_agreed', type: 'integer', default: 0 })
  flagsAgreed: number;

  @Column({ name: 'flags_disagreed', type: 'integer', default: 0 })
  flagsDisagreed: number;

  /** ACTIVE; PENDING while a join request waits; REJECTED or REMOVED: no longer in the community. */
  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  membership: 'ACTIVE' | 'PENDING' | 'REJECTED' | 'REMOVED';

  @Column({ name: 'trust_level', type: 'varchar', length: 16, default: 'NEW' })
  trustLevel: 'NEW' | 'BASIC' | 'MEMBER' | 'REGULAR' | 'LEADER';

  /** The guidelines version the member last accepted (0: none). */
  @Column({ name: 'guidelines_accepted', type: 'integer', default: 0 })
  guidelinesAccepted: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
