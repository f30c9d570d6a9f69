import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contests with a verifiable draw. A contest owns its topic; entries are replies in it (moderated
 * like any post); votes are one per member per entry; winners keep how they were chosen. The seed
 * stays null-revealed until the draw: only its SHA-256 commitment is shown before.
 */
export class Contests1764272000000 implements MigrationInterface {
  name = 'Contests1764272000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic_id uuid NOT NULL UNIQUE REFERENCES topics(id) ON DELETE CASCADE,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        rules text NOT NULL,
        rules_html text NOT NULL,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        entry_kind varchar(16) NOT NULL CHECK (entry_kind IN ('TEXT', 'IMAGE', 'TEXT_OR_IMAGE')),
        min_trust_level varchar(16) NOT NULL DEFAULT 'NEW' CHECK (min_trust_level IN ('NEW', 'BASIC', 'MEMBER', 'REGULAR', 'LEADER')),
        min_account_age_days integer NOT NULL DEFAULT 0 CHECK (min_account_age_days BETWEEN 0 AND 3650),
        one_entry_per_member boolean NOT NULL DEFAULT true,
        winner_count integer NOT NULL CHECK (winner_count BETWEEN 1 AND 50),
        selection varchar(16) NOT NULL CHECK (selection IN ('RANDOM_DRAW', 'MOST_VOTES', 'JURY')),
        state varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'JUDGING', 'FINISHED')),
        draw_algorithm varchar(32) NOT NULL,
        seed_commitment char(64) NOT NULL,
        seed char(64),
        seed_revealed_at timestamptz,
        frozen_entry_ids uuid[],
        frozen_at timestamptz,
        tie_entry_ids uuid[],
        tie_slots integer,
        announcement_post_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX contests_list_idx ON contests (opens_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE contest_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contest_id uuid NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
        post_id uuid NOT NULL UNIQUE REFERENCES posts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        image_url varchar(300),
        vote_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX contest_entries_order_idx ON contest_entries (contest_id, created_at, id)`);
    await q.query(`CREATE INDEX contest_entries_member_idx ON contest_entries (contest_id, user_id)`);
    await q.query(`
      CREATE TABLE contest_votes (
        entry_id uuid NOT NULL REFERENCES contest_entries(id) ON DELETE CASCADE,
        voter_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entry_id, voter_id)
      )`);
    await q.query(`CREATE INDEX contest_votes_voter_idx ON contest_votes (voter_id)`);
    await q.query(`
      CREATE TABLE contest_winners (
        contest_id uuid NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
        rank integer NOT NULL CHECK (rank >= 1),
        entry_id uuid NOT NULL REFERENCES contest_entries(id) ON DELETE CASCADE,
        method varchar(16) NOT NULL CHECK (method IN ('DRAW', 'VOTES', 'TIE_BREAK', 'JURY')),
        votes integer,
        reason varchar(500),
        picked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contest_id, rank),
        UNIQUE (contest_id, entry_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contest_winners`);
    await q.query(`DROP TABLE contest_votes`);
    await q.query(`DROP TABLE contest_entries`);
    await q.query(`DROP TABLE contests`);
  }
}
