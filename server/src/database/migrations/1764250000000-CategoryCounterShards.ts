import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A category's topic and post counts move from its row to sixteen counter rows. Every reply in a
 * category added one to the same row, so replies in a category waited on each other's row lock
 * until each commit; a reply now adds to one of sixteen rows at random, and a count is their sum.
 * No foreign key: its check would share-lock the category row on every reply (categories are
 * archived, never deleted).
 */
export class CategoryCounterShards1764250000000 implements MigrationInterface {
  name = 'CategoryCounterShards1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE category_counters (
        category_id uuid NOT NULL,
        shard smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
        topic_count integer NOT NULL DEFAULT 0,
        post_count integer NOT NULL DEFAULT 0,
        PRIMARY KEY (category_id, shard)
      )`);
    await q.query(`INSERT INTO category_counters (category_id, shard, topic_count, post_count) SELECT id, 0, topic_count, post_count FROM categories`);
    await q.query(`ALTER TABLE categories DROP COLUMN topic_count, DROP COLUMN post_count`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE categories ADD COLUMN topic_count integer NOT NULL DEFAULT 0, ADD COLUMN post_count integer NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE categories c SET topic_count = x.topics, post_count = x.posts
      FROM (SELECT category_id, sum(topic_count)::int AS topics, sum(post_count)::int AS posts FROM category_counters GROUP BY category_id) x
      WHERE x.category_id = c.id`);
    await q.query(`DROP TABLE category_counters`);
  }
}
