import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The forum: category permissions, topics with their posts, revisions, reactions, tags, read
 * state, watches, notifications and uploads. The opening text of existing topics becomes post #1.
 */
export class Forum1764130000000 implements MigrationInterface {
  name = 'Forum1764130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE categories
        ADD COLUMN read_roles varchar(32)[] NOT NULL DEFAULT '{GUEST,MEMBER,MODERATOR,COMMUNITY_MANAGER,ADMIN}',
        ADD COLUMN post_roles varchar(32)[] NOT NULL DEFAULT '{MEMBER,MODERATOR,COMMUNITY_MANAGER,ADMIN}',
        ADD COLUMN archived_at timestamptz,
        ADD COLUMN topic_count integer NOT NULL DEFAULT 0,
        ADD COLUMN post_count integer NOT NULL DEFAULT 0`);
    await q.query(`UPDATE categories SET post_roles = '{MODERATOR,COMMUNITY_MANAGER,ADMIN}' WHERE slug = 'announcements'`);

    await q.query(`
      CREATE TABLE tags (
        name varchar(30) PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9-]*$'),
        description varchar(200) NOT NULL DEFAULT '',
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      ALTER TABLE topics
        ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'DISCUSSION' CHECK (kind IN ('DISCUSSION', 'QUESTION', 'IDEA', 'ANNOUNCEMENT')),
        ADD COLUMN tags varchar(30)[] NOT NULL DEFAULT '{}',
        ADD COLUMN first_post_id uuid,
        ADD COLUMN reply_count integer NOT NULL DEFAULT 0,
        ADD COLUMN reaction_count integer NOT NULL DEFAULT 0,
        ADD COLUMN post_number_seq integer NOT NULL DEFAULT 0,
        ADD COLUMN last_posted_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN last_post_id uuid,
        ADD COLUMN last_poster_id uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN hot_score double precision NOT NULL DEFAULT 0,
        ADD COLUMN pinned_at timestamptz,
        ADD COLUMN pinned_globally boolean NOT NULL DEFAULT false,
        ADD COLUMN locked_at timestamptz,
        ADD COLUMN accepted_post_id uuid,
        ADD COLUMN staff_answered_at timestamptz,
        ADD COLUMN deleted_at timestamptz,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('russian', title), 'A')
        ) STORED`);

    await q.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        post_number integer NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reply_to_post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        as_brand boolean NOT NULL DEFAULT false,
        author_is_staff boolean NOT NULL DEFAULT false,
        reactions jsonb NOT NULL DEFAULT '{}',
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        search_vector tsvector GENERATED ALWAYS AS (
          to_tsvector('english', left(body, 100000)) || to_tsvector('russian', left(body, 100000))
        ) STORED,
        UNIQUE (topic_id, post_number)
      )`);
    await q.query(`CREATE INDEX posts_author_idx ON posts (author_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX posts_topic_updated_idx ON posts (topic_id, updated_at)`);
    await q.query(`CREATE INDEX posts_search_idx ON posts USING gin (search_vector)`);

    // Move the opening text of existing topics into their first post.
    await q.query(`
      INSERT INTO posts (topic_id, post_number, author_id, body, body_html, created_at, updated_at)
      SELECT id, 1, author_id, body, '', created_at, created_at FROM topics`);
    await q.query(`
      UPDATE topics t SET first_post_id = p.id, last_post_id = p.id, last_poster_id = p.author_id,
        last_posted_at = p.created_at, post_number_seq = 1
      FROM posts p WHERE p.topic_id = t.id AND p.post_number = 1`);
    await q.query(`ALTER TABLE topics DROP COLUMN body`);
    await q.query(`UPDATE topics SET kind = 'ANNOUNCEMENT' WHERE category_id IN (SELECT id FROM categories WHERE slug = 'announcements')`);
    await q.query(`UPDATE categories c SET topic_count = (SELECT count(*) FROM topics t WHERE t.category_id = c.id),
      post_count = (SELECT count(*) FROM posts p JOIN topics t ON t.id = p.topic_id WHERE t.category_id = c.id)`);

    // Lists: keyset pagination on (sort key, id), live topics only.
    await q.query(`DROP INDEX topics_category_created_idx`);
    await q.query(`CREATE INDEX topics_latest_idx ON topics (last_posted_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX topics_cat_latest_idx ON topics (category_id, last_posted_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX topics_new_idx ON topics (created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX topics_cat_new_idx ON topics (category_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX topics_hot_idx ON topics (hot_score DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX topics_cat_hot_idx ON topics (category_id, hot_score DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX topics_top_idx ON topics ((reply_count + 2 * reaction_count) DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX topics_unanswered_idx ON topics (created_at DESC, id DESC)
      WHERE deleted_at IS NULL AND kind = 'QUESTION' AND accepted_post_id IS NULL AND staff_answered_at IS NULL`);
    await q.query(`CREATE INDEX topics_author_idx ON topics (author_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX topics_tags_idx ON topics USING gin (tags)`);
    await q.query(`CREATE INDEX topics_search_idx ON topics USING gin (search_vector)`);
    await q.query(`CREATE INDEX topics_pinned_idx ON topics (pinned_at DESC) WHERE pinned_at IS NOT NULL AND deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE post_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        revision integer NOT NULL,
        title varchar(200),
        body text NOT NULL,
        editor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (post_id, revision)
      )`);

    await q.query(`
      CREATE TABLE reactions (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('LIKE', 'LOVE', 'INSIGHTFUL', 'THANKS')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, kind, user_id)
      )`);
    await q.query(`CREATE INDEX reactions_user_idx ON reactions (user_id, post_id)`);

    await q.query(`
      CREATE TABLE topic_reads (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        last_read_post_number integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, topic_id)
      )`);

    await q.query(`
      CREATE TABLE watches (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        target_type varchar(16) NOT NULL CHECK (target_type IN ('TOPIC', 'CATEGORY')),
        target_id uuid NOT NULL,
        level varchar(16) NOT NULL CHECK (level IN ('WATCHING', 'TRACKING', 'MUTED')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, target_type, target_id)
      )`);
    await q.query(`CREATE INDEX watches_target_idx ON watches (target_type, target_id, level)`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        topic_id uuid REFERENCES topics(id) ON DELETE CASCADE,
        post_id uuid REFERENCES posts(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        group_key varchar(120),
        actor_count integer NOT NULL DEFAULT 1,
        data jsonb NOT NULL DEFAULT '{}',
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX notifications_group_idx ON notifications (user_id, group_key) WHERE group_key IS NOT NULL AND read_at IS NULL`);

    await q.query(`
      CREATE TABLE uploads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        storage_key varchar(200) NOT NULL UNIQUE,
        mime varchar(64) NOT NULL,
        byte_size integer NOT NULL,
        sha256 char(64) NOT NULL,
        width integer,
        height integer,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX uploads_user_idx ON uploads (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['uploads', 'notifications', 'watches', 'topic_reads', 'reactions', 'post_revisions']) await q.query(`DROP TABLE ${t}`);
    await q.query(`ALTER TABLE topics ADD COLUMN body text NOT NULL DEFAULT ''`);
    await q.query(`UPDATE topics t SET body = p.body FROM posts p WHERE p.topic_id = t.id AND p.post_number = 1`);
    await q.query(`DROP TABLE posts`);
    await q.query(`ALTER TABLE topics DROP COLUMN kind, DROP COLUMN tags, DROP COLUMN first_post_id, DROP COLUMN reply_count,
      DROP COLUMN reaction_count, DROP COLUMN post_number_seq, DROP COLUMN last_posted_at, DROP COLUMN last_post_id,
      DROP COLUMN last_poster_id, DROP COLUMN hot_score, DROP COLUMN pinned_at, DROP COLUMN pinned_globally, DROP COLUMN locked_at,
      DROP COLUMN accepted_post_id, DROP COLUMN staff_answered_at, DROP COLUMN deleted_at, DROP COLUMN updated_at, DROP COLUMN search_vector`);
    await q.query(`DROP TABLE tags`);
    await q.query(`ALTER TABLE categories DROP COLUMN read_roles, DROP COLUMN post_roles, DROP COLUMN archived_at,
      DROP COLUMN topic_count, DROP COLUMN post_count`);
  }
}
