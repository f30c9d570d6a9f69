import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The text of a post before one of its edits; revision 1 is the original. */
@Entity('post_revisions')
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'editor_id', type: 'uuid', nullable: true })
  editorId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
