import { VirtualColumn, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who may read or post: the four roles plus GUEST (signed out). */
export type AccessRole = 'GUEST' | 'MEMBER' | 'MODERATOR' | 'COMMUNITY_MANAGER' | 'ADMIN';

@Entity('categories')
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'varchar', length: 64 })
  slug: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 7 })
  color: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ name: 'read_roles', type: 'varchar', array: true })
  readRoles: AccessRole[];

  @Column({ name: 'post_roles', type: 'varchar', array: true })
  postRoles: AccessRole[];

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** Listed topics: the sum of the category's counter rows (see CategoriesRepository.addCountsSql). */
  @VirtualColumn({ type: 'integer', query: (alias) => `SELECT greatest(0, coalesce(sum(cc.topic_count), 0))::int FROM category_counters cc WHERE cc.category_id = ${alias}.id` })
  topicCount: number;

  /** Public posts in listed topics: the sum of the category's counter rows. */
  @VirtualColumn({ type: 'integer', query: (alias) => `SELECT greatest(0, coalesce(sum(cc.post_count), 0))::int FROM category_counters cc WHERE cc.category_id = ${alias}.id` })
  postCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
