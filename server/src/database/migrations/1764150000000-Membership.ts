import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Membership: access modes, join requests, invitations, versioned guidelines, trust levels. */
export class Membership1764150000000 implements MigrationInterface {
  name = 'Membership1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE community
        ADD COLUMN access_mode varchar(16) NOT NULL DEFAULT 'OPEN' CHECK (access_mode IN ('OPEN', 'APPROVAL', 'INVITE_ONLY')),
        ADD COLUMN require_guidelines boolean NOT NULL DEFAULT true,
        ADD COLUMN trust_settings jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`
      CREATE TABLE guidelines (
        version integer PRIMARY KEY,
        body text NOT NULL,
        body_html text NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      ALTER TABLE users
        ADD COLUMN membership varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (membership IN ('ACTIVE', 'PENDING', 'REJECTED', 'REMOVED')),
        ADD COLUMN guidelines_accepted integer NOT NULL DEFAULT 0,
        ADD COLUMN trust_level varchar(16) NOT NULL DEFAULT 'NEW' CHECK (trust_level IN ('NEW', 'BASIC', 'MEMBER', 'REGULAR', 'LEADER')),
        ADD COLUMN topics_entered integer NOT NULL DEFAULT 0,
        ADD COLUMN posts_read integer NOT NULL DEFAULT 0,
        ADD COLUMN read_seconds integer NOT NULL DEFAULT 0,
        ADD COLUMN days_visited integer NOT NULL DEFAULT 0,
        ADD COLUMN last_visit_on date`);
    await q.query(`UPDATE users SET trust_level = 'LEADER' WHERE role <> 'MEMBER'`);
    await q.query(`CREATE INDEX users_membership_idx ON users (membership, created_at)`);
    await q.query(`CREATE INDEX users_trust_idx ON users (trust_level, created_at)`);
    await q.query(`
      CREATE TABLE join_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
        message varchar(1000) NOT NULL DEFAULT '',
        status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        reason varchar(1000),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        email varchar(254),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        used_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX invitations_created_idx ON invitations (created_at DESC, id DESC)`);
    await q.query(`ALTER TABLE moderation_items DROP CONSTRAINT moderation_items_kind_check`);
    await q.query(`ALTER TABLE moderation_items ADD CONSTRAINT moderation_items_kind_check CHECK (kind IN ('FLAGGED', 'PENDING_POST', 'JOIN_REQUEST'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM moderation_items WHERE kind = 'JOIN_REQUEST'`);
    await q.query(`ALTER TABLE moderation_items DROP CONSTRAINT moderation_items_kind_check`);
    await q.query(`ALTER TABLE moderation_items ADD CONSTRAINT moderation_items_kind_check CHECK (kind IN ('FLAGGED', 'PENDING_POST'))`);
    await q.query(`DROP TABLE invitations`);
    await q.query(`DROP TABLE join_requests`);
    await q.query(`ALTER TABLE users DROP COLUMN membership, DROP COLUMN guidelines_accepted, DROP COLUMN trust_level, DROP COLUMN topics_entered,
      DROP COLUMN posts_read, DROP COLUMN read_seconds, DROP COLUMN days_visited, DROP COLUMN last_visit_on`);
    await q.query(`DROP TABLE guidelines`);
    await q.query(`ALTER TABLE community DROP COLUMN access_mode, DROP COLUMN require_guidelines, DROP COLUMN trust_settings`);
  }
}
