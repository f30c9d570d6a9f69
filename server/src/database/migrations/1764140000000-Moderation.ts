import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation: the append-only audit log, sanctions on people, hidden and pending content, flags and
 * the moderation queue, watched words, and moderators scoped to categories.
 */
export class Moderation1764140000000 implements MigrationInterface {
  name = 'Moderation1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        actor_kind varchar(16) NOT NULL DEFAULT 'STAFF' CHECK (actor_kind IN ('STAFF', 'SYSTEM')),
        action varchar(48) NOT NULL,
        target_type varchar(16) NOT NULL,
        target_id varchar(64) NOT NULL,
        reason varchar(1000),
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The log pages newest first by id (ids grow with time); each filter has its index.
    await q.query(`CREATE INDEX audit_log_created_idx ON audit_log (created_at)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id DESC)`);
    await q.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, id DESC)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, id DESC)`);
    // Append-only in the database itself: no API, and no bug, can rewrite history.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log EXECUTE FUNCTION audit_log_append_only()`);

    await q.query(`
      ALTER TABLE users
        ADD COLUMN silenced_until timestamptz,
        ADD COLUMN suspended_until timestamptz,
        ADD COLUMN flags_agreed integer NOT NULL DEFAULT 0,
        ADD COLUMN flags_disagreed integer NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE user_sanctions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('WARNING', 'SILENCE', 'SUSPENSION')),
        reason varchar(1000) NOT NULL,
        ends_at timestamptz,
        lifted_at timestamptz,
        lifted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX user_sanctions_user_idx ON user_sanctions (user_id, created_at DESC)`);

    await q.query(`
      ALTER TABLE posts
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN hidden_reason varchar(500),
        ADD COLUMN approval varchar(16) NOT NULL DEFAULT 'APPROVED' CHECK (approval IN ('APPROVED', 'PENDING', 'REJECTED')),
        ADD COLUMN staff_edited_at timestamptz`);
    await q.query(`
      ALTER TABLE topics
        ADD COLUMN closed_reason varchar(500),
        ADD COLUMN hidden_at timestamptz`);

    await q.query(`
      CREATE TABLE category_moderators (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, category_id)
      )`);

    await q.query(`
      CREATE TABLE moderation_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(16) NOT NULL CHECK (kind IN ('FLAGGED', 'PENDING_POST')),
        target_type varchar(16) NOT NULL CHECK (target_type IN ('POST', 'TOPIC', 'USER')),
        target_id uuid NOT NULL,
        category_id uuid REFERENCES categories(id) ON DELETE SET NULL,
        status varchar(16) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
        flag_weight double precision NOT NULL DEFAULT 0,
        resolution varchar(16),
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX moderation_items_open_target_key ON moderation_items (kind, target_type, target_id) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX moderation_items_open_idx ON moderation_items (created_at, id) WHERE status = 'OPEN'`);

    await q.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES moderation_items(id) ON DELETE CASCADE,
        target_type varchar(16) NOT NULL,
        target_id uuid NOT NULL,
        flagger_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason varchar(16) NOT NULL CHECK (reason IN ('SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'ILLEGAL', 'OTHER')),
        note varchar(1000),
        weight double precision NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'AGREED', 'DISAGREED', 'IGNORED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX flags_one_open_key ON flags (flagger_id, target_type, target_id) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX flags_item_idx ON flags (item_id)`);
    await q.query(`CREATE INDEX flags_flagger_day_idx ON flags (flagger_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE watched_words (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        word varchar(100) NOT NULL,
        action varchar(20) NOT NULL CHECK (action IN ('BLOCK', 'FLAG', 'CENSOR', 'REQUIRE_APPROVAL')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX watched_words_word_key ON watched_words (lower(word), action)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['watched_words', 'flags', 'moderation_items', 'category_moderators', 'user_sanctions']) await q.query(`DROP TABLE ${t}`);
    await q.query(`ALTER TABLE topics DROP COLUMN closed_reason, DROP COLUMN hidden_at`);
    await q.query(`ALTER TABLE posts DROP COLUMN hidden_at, DROP COLUMN hidden_reason, DROP COLUMN approval, DROP COLUMN staff_edited_at`);
    await q.query(`ALTER TABLE users DROP COLUMN silenced_until, DROP COLUMN suspended_until, DROP COLUMN flags_agreed, DROP COLUMN flags_disagreed`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
