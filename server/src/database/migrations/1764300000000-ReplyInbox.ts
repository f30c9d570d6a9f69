import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The team's reply inbox. One row per topic that awaits, or once awaited, an answer from the team:
 * open while `closed_at` is null, with why it waits (`UNANSWERED` question or idea, a member's
 * `FOLLOW_UP` after the team's last reply, `SENT` there by staff), since when, and who claimed it
 * until when. The row also remembers the team's last reply in the topic, which decides whether a
 * member's next reply is a follow-up. Settings (target, business hours) are one row; who is on
 * duty is a row per staff member. Existing topics are filed as they stand, their lateness taken as
 * already told (nobody is alerted at once about every old question).
 */
export class ReplyInbox1764300000000 implements MigrationInterface {
  name = 'ReplyInbox1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inbox_items (
        topic_id uuid PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
        reason varchar(16) NOT NULL CHECK (reason IN ('UNANSWERED', 'FOLLOW_UP', 'SENT')),
        waiting_since timestamptz NOT NULL,
        waiting_post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
        claimed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        claimed_until timestamptz,
        closed_at timestamptz,
        resolution varchar(16) CHECK (resolution IN ('ANSWERED', 'ACCEPTED', 'NO_REPLY_NEEDED')),
        closed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        team_replied_at timestamptz,
        overdue_notified_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The inbox's order (longest waiting first) and the overdue scan: open items only.
    await q.query(`CREATE INDEX inbox_items_open_idx ON inbox_items (waiting_since, topic_id) WHERE closed_at IS NULL`);
    await q.query(`CREATE INDEX inbox_items_open_category_idx ON inbox_items (category_id, waiting_since, topic_id) WHERE closed_at IS NULL`);
    // The overdue pass reads only open items nobody was told about yet.
    await q.query(`CREATE INDEX inbox_items_untold_idx ON inbox_items (waiting_since, topic_id) WHERE closed_at IS NULL AND overdue_notified_at IS NULL`);
    await q.query(`
      CREATE TABLE inbox_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        target_minutes integer NOT NULL DEFAULT 10 CHECK (target_minutes BETWEEN 1 AND 10080),
        claim_minutes integer NOT NULL DEFAULT 15 CHECK (claim_minutes BETWEEN 1 AND 1440),
        business_hours jsonb,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO inbox_settings (id) VALUES (true)`);
    await q.query(`
      CREATE TABLE inbox_duty (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        since timestamptz NOT NULL DEFAULT now()
      )`);

    await fileExistingTopics((sql) => q.query(sql));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox_duty`);
    await q.query(`DROP TABLE inbox_settings`);
    await q.query(`DROP TABLE inbox_items`);
  }
}

/**
 * Files the topics of an existing community in the inbox as they stand: the team's last reply in
 * each topic, members' questions and ideas nobody on the team answered (and with no accepted
 * answer), and topics where a member wrote after the team's last reply. Their lateness counts as
 * already told. Also used by the benchmark's seeder, which writes topics without the forum's code.
 */
export async function fileExistingTopics(run: (sql: string) => Promise<unknown>): Promise<void> {
  // The team's last reply (not an opening post) in each topic.
  await run(`
    INSERT INTO inbox_items (topic_id, category_id, reason, waiting_since, closed_at, resolution, team_replied_at)
    SELECT t.id, t.category_id, 'UNANSWERED', t.created_at, now(), 'ANSWERED', s.at
    FROM (SELECT topic_id, max(created_at) AS at FROM posts
          WHERE author_is_staff AND post_number > 1 AND deleted_at IS NULL AND approval = 'APPROVED' GROUP BY topic_id) s
    JOIN topics t ON t.id = s.topic_id`);
  // Questions and ideas by members that no one on the team answered and that have no accepted answer.
  await run(`
    INSERT INTO inbox_items (topic_id, category_id, reason, waiting_since, waiting_post_id, overdue_notified_at)
    SELECT t.id, t.category_id, 'UNANSWERED', t.created_at, t.first_post_id, now()
    FROM topics t JOIN users u ON u.id = t.author_id
    WHERE t.kind IN ('QUESTION', 'IDEA') AND u.role = 'MEMBER' AND t.accepted_post_id IS NULL
      AND t.deleted_at IS NULL AND t.hidden_at IS NULL
    ON CONFLICT (topic_id) DO NOTHING`);
  // Topics where a member wrote after the team's last reply: waiting since that member's first such reply.
  await run(`
    UPDATE inbox_items i SET reason = 'FOLLOW_UP', waiting_since = f.created_at, waiting_post_id = f.id, closed_at = NULL, resolution = NULL, overdue_notified_at = now()
    FROM (
      SELECT DISTINCT ON (p.topic_id) p.topic_id, p.id, p.created_at
      FROM posts p JOIN inbox_items x ON x.topic_id = p.topic_id
      WHERE x.team_replied_at IS NOT NULL AND p.created_at > x.team_replied_at AND NOT p.author_is_staff
        AND p.deleted_at IS NULL AND p.approval = 'APPROVED'
      ORDER BY p.topic_id, p.created_at
    ) f
    WHERE i.topic_id = f.topic_id`);
}
