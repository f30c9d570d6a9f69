import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TopicKindName } from '@townsquare/shared';

@Entity('topics')
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 16 })
  kind: TopicKindName;

  @Column({ type: 'varchar', array: true })
  tags: string[];

  @Column({ name: 'first_post_id', type: 'uuid', nullable: true })
  firstPostId: string | null;

  @Column({ name: 'reply_count', type: 'integer' })
  replyCount: number;

  @Column({ name: 'reaction_count', type: 'integer' })
  reactionCount: number;

  /** The highest post number handed out in this topic. */
  @Column({ name: 'post_number_seq', type: 'integer' })
  postNumberSeq: number;

  @Column({ name: 'last_posted_at', type: 'timestamptz' })
  lastPostedAt: Date;

  @Column({ name: 'last_post_id', type: 'uuid', nullable: true })
  lastPostId: string | null;

  @Column({ name: 'last_poster_id', type: 'uuid', nullable: true })
  lastPosterId: string | null;

  @Column({ name: 'hot_score', type: 'double precision' })
  hotScore: number;

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt: Date | null;

  @Column({ name: 'pinned_globally', type: 'boolean' })
  pinnedGlobally: boolean;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  @Column({ name: 'accepted_post_id', type: 'uuid', nullable: true })
  acceptedPostId: string | null;

  @Column({ name: 'staff_answered_at', type: 'timestamptz', nullable: true })
  staffAnsweredAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Why staff closed (locked) the topic, shown to readers. */
  @Column({ name: 'closed_reason', type: 'varchar', length: 500, nullable: true })
  closedReason: string | null;

  /** Hidden while its opening post awaits approval, or by staff. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** Why staff (or flags) hid it; null while it only awaits approval. */
  @Column({ name: 'hidden_reason', type: 'varchar', length: 500, nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
