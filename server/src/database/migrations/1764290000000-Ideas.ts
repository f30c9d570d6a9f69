import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ideas board and feedback collection. A category becomes a board by a row in `idea_boards`;
 * each IDEA topic there has a row in `ideas` keyed by the topic, holding its status, official
 * response and a stored vote count (sorted by keyset, never counted at read time). Votes are rows
 * in `idea_votes`; each member's open votes are counted on `idea_voters`, changed only while the
 * idea's row and then the member's row are locked, so counts and limits stay exact under
 * concurrency. Status changes form the idea's timeline; staff notes and feedback marks are staff-only.
 */
export class Ideas1764290000000 implements MigrationInterface {
  name = 'Ideas1764290000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idea_boards (
        category_id uuid PRIMARY KEY REFERENCES categories(id) ON DELETE CASCADE,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE ideas (
        topic_id uuid PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
        status varchar(16) NOT NULL DEFAULT 'NEW'
          CHECK (status IN ('NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'DUPLICATE')),
        vote_count integer NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
        revision integer NOT NULL DEFAULT 1,
        merged_into_id uuid REFERENCES ideas(topic_id) ON DELETE SET NULL,
        official_response varchar(5000),
        official_response_by uuid REFERENCES users(id) ON DELETE SET NULL,
        official_response_at timestamptz,
        status_changed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (merged_into_id IS NULL OR merged_into_id <> topic_id)
      )`);
    // The product team's sorts: keysets on stored columns (TOP, NEW, RECENTLY_UPDATED), and by status for the roadmap.
    await q.query(`CREATE INDEX ideas_top_idx ON ideas (vote_count DESC, topic_id DESC)`);
    await q.query(`CREATE INDEX ideas_new_idx ON ideas (created_at DESC, topic_id DESC)`);
    await q.query(`CREATE INDEX ideas_updated_idx ON ideas (updated_at DESC, topic_id DESC)`);
    await q.query(`CREATE INDEX ideas_status_top_idx ON ideas (status, vote_count DESC, topic_id DESC)`);
    await q.query(`
      CREATE TABLE idea_votes (
        topic_id uuid NOT NULL REFERENCES ideas(topic_id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (topic_id, user_id)
      )`);
    await q.query(`CREATE INDEX idea_votes_user_idx ON idea_votes (user_id, topic_id)`);
    // TRENDING: votes given within the last days, grouped by idea.
    await q.query(`CREATE INDEX idea_votes_recent_idx ON idea_votes (created_at, topic_id)`);
    await q.query(`
      CREATE TABLE idea_voters (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        open_votes integer NOT NULL DEFAULT 0 CHECK (open_votes >= 0)
      )`);
    await q.query(`
      CREATE TABLE idea_status_changes (
        id bigserial PRIMARY KEY,
        topic_id uuid NOT NULL REFERENCES ideas(topic_id) ON DELETE CASCADE,
        from_status varchar(16) NOT NULL,
        to_status varchar(16) NOT NULL,
        response varchar(5000),
        merged_into_id uuid REFERENCES ideas(topic_id) ON DELETE SET NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idea_status_changes_topic_idx ON idea_status_changes (topic_id, id)`);
    await q.query(`
      CREATE TABLE idea_staff_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic_id uuid NOT NULL REFERENCES ideas(topic_id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        body varchar(5000) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idea_staff_notes_topic_idx ON idea_staff_notes (topic_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE product_areas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(80) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX product_areas_name_idx ON product_areas (lower(name))`);
    await q.query(`
      CREATE TABLE feedback_marks (
        post_id uuid PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
        type varchar(16) NOT NULL CHECK (type IN ('BUG', 'IDEA', 'COMPLAINT', 'PRAISE', 'QUESTION')),
        product_area_id uuid REFERENCES product_areas(id) ON DELETE SET NULL,
        idea_topic_id uuid REFERENCES ideas(topic_id) ON DELETE SET NULL,
        marked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The product team's feedback view: newest first, optionally within an area and a type.
    await q.query(`CREATE INDEX feedback_marks_list_idx ON feedback_marks (created_at DESC, post_id DESC)`);
    await q.query(`CREATE INDEX feedback_marks_area_idx ON feedback_marks (product_area_id, type, created_at DESC, post_id DESC)`);
    // Similar titles while a member types: trigram similarity over ideas' titles (pg_trgm exists since MemberSearch).
    await q.query(`CREATE INDEX topics_idea_title_trgm_idx ON topics USING gin (lower(title) gin_trgm_ops) WHERE kind = 'IDEA'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX topics_idea_title_trgm_idx`);
    for (const t of ['feedback_marks', 'product_areas', 'idea_staff_notes', 'idea_status_changes', 'idea_voters', 'idea_votes', 'ideas', 'idea_boards']) await q.query(`DROP TABLE ${t}`);
  }
}
