import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, the community and its first categories and topics. */
export class Foundation1764120000000 implements MigrationInterface {
  name = 'Foundation1764120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE community (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        name varchar(100) NOT NULL,
        description varchar(1000) NOT NULL DEFAULT '',
        brand_name varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handle varchar(20) NOT NULL,
        email varchar(254) NOT NULL,
        display_name varchar(200) NOT NULL,
        password_hash text NOT NULL,
        role varchar(32) NOT NULL DEFAULT 'MEMBER'
          CHECK (role IN ('MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_handle_lower_key ON users (lower(handle))`);
    await q.query(`CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))`);
    await q.query(`CREATE INDEX users_created_at_idx ON users (created_at, id)`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip varchar(64),
        user_agent varchar(512)
      )`);
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES categories(id) ON DELETE RESTRICT,
        slug varchar(64) NOT NULL UNIQUE,
        name varchar(100) NOT NULL,
        description varchar(500) NOT NULL DEFAULT '',
        color varchar(7) NOT NULL DEFAULT '#64748b',
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX categories_position_idx ON categories (parent_id, position)`);
    await q.query(`
      CREATE TABLE topics (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid NOT NULL REFERENCES categories(id) ON DELETE RESTRICT,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX topics_category_created_idx ON topics (category_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE topics`);
    await q.query(`DROP TABLE categories`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE community`);
  }
}
