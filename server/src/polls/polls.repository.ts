import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../common/transaction.js';

export type PollResultsVisibility = 'ALWAYS' | 'AFTER_VOTE';

export interface PollOptionState {
  id: string;
  position: number;
  label: string;
  voteCount: number;
}

/** A poll as stored, with where it sits (post, topic, category) and its options in order. */
export interface PollState {
  id: string;
  postId: string;
  topicId: string;
  categoryId: string;
  postAuthorId: string | null;
  question: string | null;
  multiple: boolean;
  maxChoices: number;
  anonymous: boolean;
  resultsVisibility: PollResultsVisibility;
  closesAt: Date | null;
  closedAt: Date | null;
  voterCount: number;
  revision: number;
  createdAt: Date;
  options: PollOptionState[];
}

/** A poll with the options one person chose (empty for a guest or one who has not voted). */
export interface PollWithChoice extends PollState {
  myOptionIds: string[];
}

export interface NewPoll {
  postId: string;
  createdBy: string;
  question: string | null;
  multiple: boolean;
  maxChoices: number;
  anonymous: boolean;
  resultsVisibility: PollResultsVisibility;
  closesAt: Date | null;
  labels: string[];
}

/** The poll row as a vote sees it once it holds the row's lock. */
export interface LockedPoll {
  closed: boolean;
  mine: string[];
}

interface StateRow {
  id: string;
  post_id: string;
  topic_id: string;
  category_id: string;
  post_author_id: string | null;
  question: string | null;
  multiple: boolean;
  max_choices: number;
  anonymous: boolean;
  results_visibility: PollResultsVisibility;
  closes_at: Date | null;
  closed_at: Date | null;
  voter_count: number;
  revision: number;
  created_at: Date;
  options: PollOptionState[];
  mine: string[];
}

/** One statement for any number of polls: the poll, its place, its options and the viewer's choice. */
const STATE_SQL = (where: string) => `
  SELECT p.id, p.post_id, po.topic_id, t.category_id, po.author_id AS post_author_id, p.question, p.multiple, p.max_choices,
         p.anonymous, p.results_visibility, p.closes_at, p.closed_at, p.voter_count, p.revision, p.created_at,
         (SELECT coalesce(json_agg(json_build_object('id', o.id, 'position', o.position, 'label', o.label, 'voteCount', o.vote_count) ORDER BY o.position), '[]')
            FROM poll_options o WHERE o.poll_id = p.id) AS options,
         CASE WHEN $2::uuid IS NULL THEN '[]'::json
              ELSE (SELECT coalesce(json_agg(v.option_id), '[]') FROM poll_votes v WHERE v.poll_id = p.id AND v.user_id = $2::uuid) END AS mine
    FROM polls p
    JOIN posts po ON po.id = p.post_id
    JOIN topics t ON t.id = po.topic_id
   WHERE ${where}`;

function toState(r: StateRow): PollWithChoice {
  return {
    id: r.id,
    postId: r.post_id,
    topicId: r.topic_id,
    categoryId: r.category_id,
    postAuthorId: r.post_author_id,
    question: r.question,
    multiple: r.multiple,
    maxChoices: r.max_choices,
    anonymous: r.anonymous,
    resultsVisibility: r.results_visibility,
    closesAt: r.closes_at,
    closedAt: r.closed_at,
    voterCount: r.voter_count,
    revision: r.revision,
    createdAt: r.created_at,
    options: r.options,
    myOptionIds: r.mine,
  };
}

/** Every query of polls (`polls`, `poll_options`, `poll_votes`). */
@Injectable()
export class PollsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The polls on these posts (at most one each), with the viewer's choice. */
  async forPosts(postIds: readonly string[], viewerId: string | null): Promise<PollWithChoice[]> {
    const rows: StateRow[] = await this.db.query(STATE_SQL('p.post_id = ANY($1::uuid[])'), [[...postIds], viewerId]);
    return rows.map(toState);
  }

  /** One poll by id with the viewer's choice (inside a transaction when `m` is given). */
  async byId(pollId: string, viewerId: string | null, m: Pick<EntityManager, 'query'> = this.db): Promise<PollWithChoice | null> {
    const rows: StateRow[] = await m.query(STATE_SQL('p.id = $1::uuid'), [pollId, viewerId]);
    return rows[0] ? toState(rows[0]) : null;
  }

  /** Writes a poll and its options in one statement; null when the post already has a poll. */
  async insert(m: Pick<EntityManager, 'query'>, poll: NewPoll): Promise<string | null> {
    const rows = await returningRows<{ id: string }>(
      m,
      `WITH p AS (
         INSERT INTO polls (post_id, created_by, question, multiple, max_choices, anonymous, results_visibility, closes_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (post_id) DO NOTHING
         RETURNING id
       ), o AS (
         INSERT INTO poll_options (poll_id, position, label)
         SELECT p.id, l.ordinality - 1, l.label FROM p, unnest($9::text[]) WITH ORDINALITY AS l(label, ordinality)
       )
       SELECT id FROM p`,
      [poll.postId, poll.createdBy, poll.question, poll.multiple, poll.maxChoices, poll.anonymous, poll.resultsVisibility, poll.closesAt, poll.labels],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Locks the poll's row for the rest of the transaction, then reads the person's current choice:
   * votes, retractions and closing of one poll take turns, so counts change by exact deltas and no
   * vote lands after the poll closed. (Read after the lock, in its own statement, so a choice
   * committed while this one waited is seen.) Null when the poll does not exist.
   */
  async lockForVote(m: EntityManager, pollId: string, userId: string): Promise<LockedPoll | null> {
    const [poll]: Array<{ closed: boolean }> = await m.query(
      `SELECT (closed_at IS NOT NULL OR (closes_at IS NOT NULL AND closes_at <= now())) AS closed FROM polls WHERE id = $1 FOR UPDATE`,
      [pollId],
    );
    if (!poll) return null;
    const mine: Array<{ option_id: string }> = await m.query(`SELECT option_id FROM poll_votes WHERE poll_id = $1 AND user_id = $2`, [pollId, userId]);
    return { closed: poll.closed, mine: mine.map((r) => r.option_id) };
  }

  /**
   * Changes one person's choice while the poll is locked: takes back `remove`, adds `add`, moves
   * the option counts by the same amounts and the voter count by `voterDelta`, in one statement.
   */
  async changeVote(m: EntityManager, pollId: string, userId: string, remove: string[], add: string[], voterDelta: -1 | 0 | 1): Promise<void> {
    const deltas = [...remove.map((id) => [id, -1] as const), ...add.map((id) => [id, 1] as const)];
    await m.query(
      `WITH gone AS (
         DELETE FROM poll_votes WHERE poll_id = $1 AND user_id = $2 AND option_id = ANY($3::uuid[])
       ), added AS (
         INSERT INTO poll_votes (poll_id, option_id, user_id) SELECT $1, unnest($4::uuid[]), $2
       ), counted AS (
         UPDATE poll_options o SET vote_count = o.vote_count + d.delta
           FROM unnest($5::uuid[], $6::int[]) AS d(option_id, delta)
          WHERE o.id = d.option_id AND o.poll_id = $1
       )
       UPDATE polls SET voter_count = voter_count + $7, revision = revision + 1, updated_at = now() WHERE id = $1`,
      [pollId, userId, remove, add, deltas.map((d) => d[0]), deltas.map((d) => d[1]), voterDelta],
    );
  }

  /** Closes the poll now; false when it was already closed (by hand or by its closing time). */
  async close(m: EntityManager, pollId: string): Promise<boolean> {
    const rows = await returningRows(
      m,
      `UPDATE polls SET closed_at = now(), revision = revision + 1, updated_at = now()
        WHERE id = $1 AND closed_at IS NULL AND (closes_at IS NULL OR closes_at > now()) RETURNING 1`,
      [pollId],
    );
    return rows.length > 0;
  }

  /** Of these people, the ones who have voted in the poll. */
  async votedAmong(pollId: string, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT DISTINCT user_id FROM poll_votes WHERE poll_id = $1 AND user_id = ANY($2::uuid[])`,
      [pollId, [...userIds]],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /**
   * A page of each option's voters, newest first, for many options in one statement: rows
   * `(option_id, user_id, created_at)` with at most `limit` per option after the keyset position.
   */
  async voters(optionIds: readonly string[], limit: number, after: { at: string; userId: string } | null): Promise<Array<{ option_id: string; user_id: string; created_at: Date }>> {
    return this.db.query(
      `SELECT o.id AS option_id, v.user_id, v.created_at
         FROM unnest($1::uuid[]) AS o(id)
         CROSS JOIN LATERAL (
           SELECT user_id, created_at FROM poll_votes
            WHERE option_id = o.id AND ($3::timestamptz IS NULL OR (created_at, user_id) < ($3::timestamptz, $4::uuid))
            ORDER BY created_at DESC, user_id DESC
            LIMIT $2
         ) v`,
      [[...optionIds], limit, after?.at ?? null, after?.userId ?? null],
    );
  }
}
