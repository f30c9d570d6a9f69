import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('posts')
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'topic_id', type: 'uuid' })
  topicId: string;

  /** 1 for the opening post, then 2, 3, … in order of creation. */
  @Column({ name: 'post_number', type: 'integer' })
  postNumber: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'reply_to_post_id', type: 'uuid', nullable: true })
  replyToPostId: string | null;

  /** The Markdown source. */
  @Column({ type: 'text' })
  body: string;

  /** The sanitised HTML rendered from `body`. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ name: 'as_brand', type: 'boolean', default: false })
  asBrand: boolean;

  /** Whether the author was staff when writing: the "team" badge. */
  @Column({ name: 'author_is_staff', type: 'boolean', default: false })
  authorIsStaff: boolean;

  /** Reaction counts by kind, e.g. {"LIKE": 3}. */
  @Column({ type: 'jsonb', default: {} })
  reactions: Record<string, number>;

  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy: string | null;

  /** Hidden by staff or by enough flags; visible to its author and staff only. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 500, nullable: true })
  hiddenReason: string | null;

  /** PENDING while held for approval (pre-moderation); visible to its author and staff only. */
  @Column({ type: 'varchar', length: 16, default: 'APPROVED' })
  approval: 'APPROVED' | 'PENDING' | 'REJECTED';

  /** When staff last edited someone else's post. */
  @Column({ name: 'staff_edited_at', type: 'timestamptz', nullable: true })
  staffEditedAt: Date | null;
}
