import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Polls on posts: one poll per post at most, its options in order, and one row per person and
 * option chosen. Counts are kept on the options and the poll and changed only while the poll's row
 * is locked (PollsRepository.lockForVote), so they equal the vote rows under concurrent votes.
 */
export class Polls1764274000000 implements MigrationInterface {
  name = 'Polls1764274000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE polls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL UNIQUE REFERENCES posts(id) ON DELETE CASCADE,
        question varchar(300),
        multiple boolean NOT NULL DEFAULT false,
        max_choices smallint NOT NULL CHECK (max_choices BETWEEN 1 AND 20),
        anonymous boolean NOT NULL DEFAULT false,
        results_visibility varchar(16) NOT NULL CHECK (results_visibility IN ('ALWAYS', 'AFTER_VOTE')),
        closes_at timestamptz,
        closed_at timestamptz,
        voter_count integer NOT NULL DEFAULT 0 CHECK (voter_count >= 0),
        revision integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (multiple OR max_choices = 1)
      )`);
    await q.query(`
      CREATE TABLE poll_options (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 19),
        label varchar(200) NOT NULL,
        vote_count integer NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
        UNIQUE (poll_id, position)
      )`);
    await q.query(`
      CREATE TABLE poll_votes (
        poll_id uuid NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
        option_id uuid NOT NULL REFERENCES poll_options(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (poll_id, user_id, option_id)
      )`);
    // The voters of an option, newest first (public polls' voter lists, keyset-paginated).
    await q.query(`CREATE INDEX poll_votes_option_idx ON poll_votes (option_id, created_at DESC, user_id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE poll_votes`);
    await q.query(`DROP TABLE poll_options`);
    await q.query(`DROP TABLE polls`);
  }
}
