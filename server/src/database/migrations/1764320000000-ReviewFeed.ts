import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff review feed. One row per staff member: the post they reviewed up to, as the keyset
 * position (`reviewed_at` is that post's `created_at` at full precision, `post_id` its id) so the
 * feed continues strictly after it. The post may later be deleted: the position stays meaningful.
 *
 * The feed walks every post, hidden and held ones too, oldest first from a mark, on the full
 * `posts_created_idx (created_at, id)` that the KPI rollups' migration adds (the existing
 * `posts_visible_created_idx` covers only public posts).
 */
export class ReviewFeed1764320000000 implements MigrationInterface {
  name = 'ReviewFeed1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_marks (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        reviewed_at timestamptz NOT NULL,
        post_id uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE review_marks`);
  }
}
