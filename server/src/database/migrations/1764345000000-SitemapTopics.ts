import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sitemap walks public topics (neither deleted nor hidden) oldest first, keyset on
 * (created_at, id), and writes each one's last activity: this index holds all of it, so a page of
 * 10,000 topics and the walk that finds where each page starts read the index alone.
 */
export class SitemapTopics1764345000000 implements MigrationInterface {
  name = 'SitemapTopics1764345000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX topics_listed_created_idx ON topics (created_at, id) INCLUDE (category_id, last_posted_at) WHERE deleted_at IS NULL AND hidden_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX topics_listed_created_idx`);
  }
}
