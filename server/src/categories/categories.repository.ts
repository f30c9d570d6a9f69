import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { CategoryEntity } from './category.entity.js';

/** How many counter rows each category's counts are spread over. */
const COUNTER_SHARDS = 16;

/** A moderator and one category they are limited to. */
export interface ModeratorCategoryRow {
  userId: string;
  categoryId: string;
}

/**
 * Every query of categories: the rows, their denormalised counters, and which categories a
 * moderator is limited to (category_moderators). Rules stay in CategoriesService and
 * ModerationScopeService.
 */
@Injectable()
export class CategoriesRepository {
  constructor(@InjectRepository(CategoryEntity) private readonly categories: Repository<CategoryEntity>) {}

  /** Runs `work` in one transaction on the categories' connection. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.categories.manager.transaction(work);
  }

  /** Every category in display order (position, then name). */
  findAll(): Promise<CategoryEntity[]> {
    return this.categories.find({ order: { position: 'ASC', name: 'ASC' } });
  }

  findById(id: string): Promise<CategoryEntity | null> {
    return this.categories.findOneBy({ id });
  }

  findByIdOrFail(id: string): Promise<CategoryEntity> {
    return this.categories.findOneByOrFail({ id });
  }

  findByIds(ids: readonly string[]): Promise<CategoryEntity[]> {
    return this.categories.findBy({ id: In([...ids]) });
  }

  /** The children of one parent (or the top-level categories for null), in no particular order. */
  async findSiblings(parentId: string | null): Promise<CategoryEntity[]> {
    return (await this.categories.findBy({})).filter((c) => c.parentId === parentId);
  }

  findByIdsInOrder(ids: readonly string[]): Promise<CategoryEntity[]> {
    return this.categories.find({ where: { id: In([...ids]) }, order: { position: 'ASC' } });
  }

  /** How many of these ids are categories. */
  async countExisting(ids: readonly string[]): Promise<number> {
    const [row]: Array<{ count: number }> = await this.categories.query(`SELECT count(*)::int AS count FROM categories WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return row?.count ?? 0;
  }

  /** Serialises creations, so the count and the next position are right under concurrency. */
  async lockCreation(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('categories:create'))`);
  }

  async countAll(m: EntityManager): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await m.query(`SELECT count(*)::int AS count FROM categories`);
    return count;
  }

  countChildren(m: EntityManager, parentId: string | null): Promise<number> {
    return m.countBy(CategoryEntity, { parentId: parentId ?? IsNull() });
  }

  insert(m: EntityManager, fields: Partial<CategoryEntity>): Promise<CategoryEntity> {
    return m.save(m.create(CategoryEntity, fields));
  }

  /** Writes the fields and returns the row as it now is. */
  async update(m: EntityManager, id: string, fields: Partial<CategoryEntity>): Promise<CategoryEntity> {
    await m.update(CategoryEntity, id, fields);
    return m.findOneByOrFail(CategoryEntity, { id });
  }

  async setPositions(m: EntityManager, ids: readonly string[]): Promise<void> {
    for (const [position, id] of ids.entries()) await m.update(CategoryEntity, { id }, { position });
  }

  async setArchivedAt(m: EntityManager, id: string, archivedAt: Date | null): Promise<void> {
    await m.update(CategoryEntity, id, { archivedAt });
  }

  /**
   * The statement that adds to categories' counters: `source` is a SELECT of (category id, topics,
   * posts) rows. Each adds to one of the category's sixteen counter rows at random, so concurrent
   * replies in one category do not queue on one row; a count is the sum of its rows.
   */
  static addCountsSql(source: string): string {
    return `INSERT INTO category_counters (category_id, shard, topic_count, post_count)
      SELECT s.category_id, floor(random() * ${COUNTER_SHARDS})::int, s.topics, s.posts FROM (${source}) AS s(category_id, topics, posts)
      ON CONFLICT (category_id, shard) DO UPDATE SET topic_count = category_counters.topic_count + EXCLUDED.topic_count,
        post_count = category_counters.post_count + EXCLUDED.post_count`;
  }

  /**
   * The statement that moves one counter by `delta`, for callers that fold it into their own
   * statement. `id` is the SQL placeholder of the category's id; `when` an SQL condition.
   */
  static counterSql(column: 'topic_count' | 'post_count', delta: number, id = '$1', when = 'true'): string {
    const d = Math.trunc(delta);
    return CategoriesRepository.addCountsSql(`SELECT ${id}::uuid, ${column === 'topic_count' ? d : 0}, ${column === 'post_count' ? d : 0} WHERE ${when}`);
  }

  /** Counts a new listed topic and its opening post. */
  static async addTopic(m: EntityManager, categoryId: string): Promise<void> {
    await m.query(CategoriesRepository.addCountsSql('SELECT $1::uuid, 1, 1'), [categoryId]);
  }

  /** Adds (1) or takes away (-1) a topic and its public posts. */
  static async shiftTopicCounters(m: EntityManager, categoryId: string, topicId: string, direction: 1 | -1): Promise<void> {
    await m.query(
      CategoriesRepository.addCountsSql(
        `SELECT $1::uuid, $3::int, $3::int * (SELECT count(*)::int FROM posts p
           WHERE p.topic_id = $2 AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED')`,
      ),
      [categoryId, topicId, direction],
    );
  }

  /** Recounts both counters from the rows: the counter rows are replaced by one holding the count. */
  static async recountCounters(m: EntityManager, categoryIds: readonly string[]): Promise<void> {
    if (categoryIds.length === 0) return;
    const ids = [...new Set(categoryIds)];
    await m.query(`DELETE FROM category_counters WHERE category_id = ANY($1::uuid[])`, [ids]);
    await m.query(
      `INSERT INTO category_counters (category_id, shard, topic_count, post_count)
       SELECT c.id, 0,
         (SELECT count(*) FROM topics t WHERE t.category_id = c.id AND t.deleted_at IS NULL AND t.hidden_at IS NULL),
         (SELECT count(*) FROM topics t JOIN posts p ON p.topic_id = t.id
           WHERE t.category_id = c.id AND t.deleted_at IS NULL AND t.hidden_at IS NULL
             AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED')
       FROM unnest($1::uuid[]) AS c(id)`,
      [ids],
    );
  }

  /** Sets a category's counts outright (a fresh installation's demo content). */
  static async setCounts(m: EntityManager, categoryId: string, topics: number, posts: number): Promise<void> {
    await m.query(`DELETE FROM category_counters WHERE category_id = $1`, [categoryId]);
    await m.query(`INSERT INTO category_counters (category_id, shard, topic_count, post_count) VALUES ($1, 0, $2, $3)`, [categoryId, topics, posts]);
  }

  /** The categories a moderator is limited to (none: not limited). */
  async moderatorCategoryIds(userId: string): Promise<string[]> {
    const rows: Array<{ category_id: string }> = await this.categories.query(`SELECT category_id FROM category_moderators WHERE user_id = $1`, [userId]);
    return rows.map((r) => r.category_id);
  }

  /** Batch: the categories each of these moderators is limited to, in one statement. */
  async moderatorCategoriesOf(userIds: readonly string[]): Promise<ModeratorCategoryRow[]> {
    const rows: Array<{ user_id: string; category_id: string }> = await this.categories.query(
      `SELECT user_id, category_id FROM category_moderators WHERE user_id = ANY($1::uuid[])`,
      [[...new Set(userIds)]],
    );
    return rows.map((r) => ({ userId: r.user_id, categoryId: r.category_id }));
  }

  /** Replaces a moderator's categories in the caller's transaction (empty: not limited). */
  async replaceModeratorCategories(m: EntityManager, userId: string, categoryIds: readonly string[]): Promise<void> {
    await m.query(`DELETE FROM category_moderators WHERE user_id = $1`, [userId]);
    if (categoryIds.length > 0) {
      await m.query(`INSERT INTO category_moderators (user_id, category_id) SELECT $1, unnest($2::uuid[])`, [userId, [...categoryIds]]);
    }
  }
}
