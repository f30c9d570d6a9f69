import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Posts that every reader of their topic sees. */
const VISIBLE = `p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'`;
/** Topics with a post that not every reader sees: the only ones whose counters can be off. */
const AFFECTED = `SELECT DISTINCT topic_id FROM posts WHERE deleted_at IS NOT NULL OR hidden_at IS NOT NULL OR approval <> 'APPROVED'`;

/**
 * Counters are shown to everyone who may read the category or topic, so they now count only what
 * all of those readers see: hidden and held topics and posts leave categories' topic and post
 * counts, and hidden, held and deleted posts leave topics' reply and reaction counts (hiding a
 * post used to leave both as they were). Recounted once here; the application keeps them so.
 */
export class VisibleCounters1764231000000 implements MigrationInterface {
  name = 'VisibleCounters1764231000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE topics t SET
      reply_count = (SELECT count(*) FROM posts p WHERE p.topic_id = t.id AND p.post_number > 1 AND ${VISIBLE}),
      reaction_count = (SELECT coalesce(sum(v.value::int), 0) FROM posts p, jsonb_each_text(p.reactions) v WHERE p.topic_id = t.id AND ${VISIBLE})
      WHERE t.id IN (${AFFECTED})`);
    await q.query(`UPDATE topics SET hot_score = log(greatest(1, reply_count + 2 * reaction_count + 1)) + extract(epoch from created_at) / 45000.0
      WHERE id IN (${AFFECTED})`);
    await q.query(`UPDATE categories c SET
      topic_count = (SELECT count(*) FROM topics t WHERE t.category_id = c.id AND t.deleted_at IS NULL AND t.hidden_at IS NULL),
      post_count = (SELECT count(*) FROM topics t JOIN posts p ON p.topic_id = t.id
        WHERE t.category_id = c.id AND t.deleted_at IS NULL AND t.hidden_at IS NULL AND ${VISIBLE})`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Topics' counters stay as recounted (the old values were drift, not a definition to return to).
    await q.query(`UPDATE categories c SET
      topic_count = (SELECT count(*) FROM topics t WHERE t.category_id = c.id AND t.deleted_at IS NULL),
      post_count = (SELECT count(*) FROM posts p JOIN topics t ON t.id = p.topic_id WHERE t.category_id = c.id AND t.deleted_at IS NULL AND p.deleted_at IS NULL)`);
  }
}
