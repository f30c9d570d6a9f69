import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../common/transaction.js';
import type { ContestEntryKind, ContestSelection, ContestWinMethod } from './contest.objects.js';

type Queryable = Pick<EntityManager, 'query'>;

/** A contest as stored. */
export interface ContestRow {
  id: string;
  topicId: string;
  createdBy: string | null;
  title: string;
  rules: string;
  rulesHtml: string;
  opensAt: Date;
  closesAt: Date;
  entryKind: ContestEntryKind;
  minTrustLevel: string;
  minAccountAgeDays: number;
  oneEntryPerMember: boolean;
  winnerCount: number;
  selection: ContestSelection;
  state: 'ACTIVE' | 'JUDGING' | 'FINISHED';
  drawAlgorithm: string;
  seedCommitment: string;
  /** Secret until the draw: never sent while `seedRevealedAt` is null. */
  seed: string | null;
  seedRevealedAt: Date | null;
  frozenEntryIds: string[] | null;
  frozenAt: Date | null;
  tieEntryIds: string[] | null;
  tieSlots: number | null;
  announcementPostId: string | null;
  version: number;
  createdAt: Date;
  /** The topic's category (read with the contest). */
  categoryId: string;
}

/** An entry with what its page shows of the reply, read in the same statement. */
export interface EntryRow {
  id: string;
  contestId: string;
  postId: string;
  userId: string;
  imageUrl: string | null;
  voteCount: number;
  createdAt: Date;
  postNumber: number;
  bodyHtml: string;
  /** Shown and counted: approved, neither hidden nor deleted. */
  eligible: boolean;
  votedByMe: boolean;
}

export interface WinnerRow {
  contestId: string;
  rank: number;
  entryId: string;
  method: ContestWinMethod;
  votes: number | null;
  reason: string | null;
}

export type NewContest = Omit<ContestRow, 'id' | 'state' | 'seedRevealedAt' | 'frozenEntryIds' | 'frozenAt' | 'tieEntryIds' | 'tieSlots' | 'announcementPostId' | 'version' | 'createdAt' | 'categoryId'>;

const CONTEST_COLUMNS = `c.id, c.topic_id AS "topicId", c.created_by AS "createdBy", c.title, c.rules, c.rules_html AS "rulesHtml",
  c.opens_at AS "opensAt", c.closes_at AS "closesAt", c.entry_kind AS "entryKind", c.min_trust_level AS "minTrustLevel",
  c.min_account_age_days AS "minAccountAgeDays", c.one_entry_per_member AS "oneEntryPerMember", c.winner_count AS "winnerCount",
  c.selection, c.state, c.draw_algorithm AS "drawAlgorithm", c.seed_commitment AS "seedCommitment", c.seed,
  c.seed_revealed_at AS "seedRevealedAt", c.frozen_entry_ids AS "frozenEntryIds", c.frozen_at AS "frozenAt",
  c.tie_entry_ids AS "tieEntryIds", c.tie_slots AS "tieSlots", c.announcement_post_id AS "announcementPostId",
  c.version, c.created_at AS "createdAt", t.category_id AS "categoryId"`;

/** The entry columns with its reply's, and whether the viewer ($viewer) voted for it. */
function entryColumns(viewer: string): string {
  return `e.id, e.contest_id AS "contestId", e.post_id AS "postId", e.user_id AS "userId", e.image_url AS "imageUrl",
    e.vote_count AS "voteCount", e.created_at AS "createdAt", p.post_number AS "postNumber", p.body_html AS "bodyHtml",
    (p.approval = 'APPROVED' AND p.hidden_at IS NULL AND p.deleted_at IS NULL) AS eligible,
    (${viewer}::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM contest_votes v WHERE v.entry_id = e.id AND v.voter_id = ${viewer}::uuid)) AS "votedByMe"`;
}

const ELIGIBLE_POST = `p.approval = 'APPROVED' AND p.hidden_at IS NULL AND p.deleted_at IS NULL`;

/** Every query of contests: `contests`, `contest_entries`, `contest_votes`, `contest_winners`. */
@Injectable()
export class ContestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(m: Queryable, c: NewContest): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      m,
      `INSERT INTO contests (topic_id, created_by, title, rules, rules_html, opens_at, closes_at, entry_kind, min_trust_level, min_account_age_days,
         one_entry_per_member, winner_count, selection, draw_algorithm, seed_commitment, seed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [c.topicId, c.createdBy, c.title, c.rules, c.rulesHtml, c.opensAt, c.closesAt, c.entryKind, c.minTrustLevel, c.minAccountAgeDays,
        c.oneEntryPerMember, c.winnerCount, c.selection, c.drawAlgorithm, c.seedCommitment, c.seed],
    );
    return row!.id;
  }

  async byIds(ids: readonly string[]): Promise<ContestRow[]> {
    return this.db.query(`SELECT ${CONTEST_COLUMNS} FROM contests c JOIN topics t ON t.id = c.topic_id WHERE c.id = ANY($1::uuid[])`, [[...ids]]);
  }

  /** The contest locked for the caller's transaction: `update` for a change of state, `share` to keep it from closing meanwhile. */
  async locked(m: Queryable, id: string, mode: 'update' | 'share'): Promise<ContestRow | null> {
    const [row] = await m.query(
      `SELECT ${CONTEST_COLUMNS} FROM contests c JOIN topics t ON t.id = c.topic_id WHERE c.id = $1 FOR ${mode === 'update' ? 'UPDATE' : 'SHARE'} OF c`,
      [id],
    );
    return (row as ContestRow | undefined) ?? null;
  }

  /** Newest opening first, in the given categories, topics neither deleted nor hidden. */
  async page(q: { categoryIds: readonly string[]; before: { opensAt: string; id: string } | null; limit: number }): Promise<ContestRow[]> {
    return this.db.query(
      `SELECT ${CONTEST_COLUMNS} FROM contests c JOIN topics t ON t.id = c.topic_id
       WHERE t.category_id = ANY($1::uuid[]) AND t.deleted_at IS NULL AND t.hidden_at IS NULL
         AND ($2::timestamptz IS NULL OR (c.opens_at, c.id) < ($2::timestamptz, $3::uuid))
       ORDER BY c.opens_at DESC, c.id DESC LIMIT $4`,
      [[...q.categoryIds], q.before?.opensAt ?? null, q.before?.id ?? null, q.limit],
    );
  }

  async update(m: Queryable, id: string, patch: Partial<Pick<ContestRow, 'title' | 'rules' | 'rulesHtml' | 'opensAt' | 'closesAt' | 'winnerCount'>>): Promise<void> {
    const columns: Record<string, string> = { title: 'title', rules: 'rules', rulesHtml: 'rules_html', opensAt: 'opens_at', closesAt: 'closes_at', winnerCount: 'winner_count' };
    const params: unknown[] = [id];
    const sets = Object.entries(patch)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${columns[k]} = $${params.push(v)}`);
    await m.query(`UPDATE contests SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, params);
  }

  /** Closes the contest: the frozen list, the revealed seed, the tie-break and the state it ends in. */
  async close(m: Queryable, id: string, c: { state: 'JUDGING' | 'FINISHED'; frozenEntryIds: string[]; tieEntryIds: string[] | null; tieSlots: number | null }): Promise<void> {
    await m.query(
      `UPDATE contests SET state = $2, frozen_entry_ids = $3::uuid[], frozen_at = now(), tie_entry_ids = $4::uuid[], tie_slots = $5,
         seed_revealed_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
      [id, c.state, c.frozenEntryIds, c.tieEntryIds, c.tieSlots],
    );
  }

  async finish(m: Queryable, id: string, announcementPostId: string): Promise<void> {
    await m.query(`UPDATE contests SET state = 'FINISHED', announcement_post_id = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, announcementPostId]);
  }

  /** What eligibility asks of a member. */
  async memberFacts(userId: string): Promise<{ trustLevel: string; createdAt: Date } | null> {
    const [row] = await this.db.query(`SELECT trust_level AS "trustLevel", created_at AS "createdAt" FROM users WHERE id = $1`, [userId]);
    return row ?? null;
  }

  /** Entries the member made in these contests (deleted ones included: withdrawing does not free a place). */
  async entryCounts(contestIds: readonly string[], userId: string): Promise<Map<string, number>> {
    const rows: Array<{ contest_id: string; n: number }> = await this.db.query(
      `SELECT contest_id, count(*)::int AS n FROM contest_entries WHERE contest_id = ANY($1::uuid[]) AND user_id = $2 GROUP BY contest_id`,
      [[...contestIds], userId],
    );
    return new Map(rows.map((r) => [r.contest_id, r.n]));
  }

  /** Inside the entry's transaction: one member's entries in a contest, serialised per member so two at once cannot both pass. */
  async lockedEntryCount(m: Queryable, contestId: string, userId: string): Promise<number> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1::text || ':' || $2::text, 0))`, [contestId, userId]);
    const [row] = await m.query(`SELECT count(*)::int AS n FROM contest_entries WHERE contest_id = $1 AND user_id = $2`, [contestId, userId]);
    return row.n;
  }

  async uploadOf(storageKey: string, userId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM uploads WHERE storage_key = $1 AND user_id = $2`, [storageKey, userId]);
    return rows.length > 0;
  }

  async insertEntry(m: Queryable, e: { contestId: string; postId: string; userId: string; imageUrl: string | null }): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      m,
      `INSERT INTO contest_entries (contest_id, post_id, user_id, image_url) VALUES ($1, $2, $3, $4) RETURNING id`,
      [e.contestId, e.postId, e.userId, e.imageUrl],
    );
    return row!.id;
  }

  /** One page of a contest's entries in entry order, with each reply's HTML and the viewer's vote: one statement. */
  async entriesPage(q: { contestId: string; viewerId: string | null; seesAll: boolean; after: { createdAt: string; id: string } | null; limit: number }): Promise<EntryRow[]> {
    return this.db.query(
      `SELECT ${entryColumns('$2')} FROM contest_entries e JOIN posts p ON p.id = e.post_id
       WHERE e.contest_id = $1 AND ($3::boolean OR (${ELIGIBLE_POST}) OR (p.author_id = $2::uuid AND p.deleted_at IS NULL))
         AND ($4::timestamptz IS NULL OR (e.created_at, e.id) > ($4::timestamptz, $5::uuid))
       ORDER BY e.created_at, e.id LIMIT $6`,
      [q.contestId, q.viewerId, q.seesAll, q.after?.createdAt ?? null, q.after?.id ?? null, q.limit],
    );
  }

  async entriesByIds(ids: readonly string[], viewerId: string | null): Promise<EntryRow[]> {
    return this.db.query(`SELECT ${entryColumns('$2')} FROM contest_entries e JOIN posts p ON p.id = e.post_id WHERE e.id = ANY($1::uuid[])`, [[...ids], viewerId]);
  }

  async entryCount(contestIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ contest_id: string; n: number }> = await this.db.query(
      `SELECT e.contest_id, count(*)::int AS n FROM contest_entries e JOIN posts p ON p.id = e.post_id
       WHERE e.contest_id = ANY($1::uuid[]) AND ${ELIGIBLE_POST} GROUP BY e.contest_id`,
      [[...contestIds]],
    );
    return new Map(rows.map((r) => [r.contest_id, r.n]));
  }

  /** The vote's target: the entry, whether its reply is eligible, and its contest id. */
  async entryForVote(entryId: string): Promise<{ id: string; contestId: string; userId: string; eligible: boolean } | null> {
    const [row] = await this.db.query(
      `SELECT e.id, e.contest_id AS "contestId", e.user_id AS "userId", (${ELIGIBLE_POST}) AS eligible
       FROM contest_entries e JOIN posts p ON p.id = e.post_id WHERE e.id = $1`,
      [entryId],
    );
    return row ?? null;
  }

  /** Adds a vote and counts it on the entry; false when it was already given. */
  async addVote(m: Queryable, entryId: string, voterId: string): Promise<boolean> {
    const rows = await returningRows(m, `INSERT INTO contest_votes (entry_id, voter_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`, [entryId, voterId]);
    if (rows.length === 0) return false;
    await m.query(`UPDATE contest_entries SET vote_count = vote_count + 1 WHERE id = $1`, [entryId]);
    return true;
  }

  async removeVote(m: Queryable, entryId: string, voterId: string): Promise<boolean> {
    const rows = await returningRows(m, `DELETE FROM contest_votes WHERE entry_id = $1 AND voter_id = $2 RETURNING 1`, [entryId, voterId]);
    if (rows.length === 0) return false;
    await m.query(`UPDATE contest_entries SET vote_count = vote_count - 1 WHERE id = $1`, [entryId]);
    return true;
  }

  /** At the close: the eligible entries in the frozen order (time of entry, then id), with their votes and replies. */
  async eligibleEntries(m: Queryable, contestId: string): Promise<Array<{ id: string; userId: string; voteCount: number; postNumber: number; postId: string }>> {
    return m.query(
      `SELECT e.id, e.user_id AS "userId", e.vote_count AS "voteCount", p.post_number AS "postNumber", p.id AS "postId"
       FROM contest_entries e JOIN posts p ON p.id = e.post_id
       WHERE e.contest_id = $1 AND ${ELIGIBLE_POST} ORDER BY e.created_at, e.id`,
      [contestId],
    );
  }

  async insertWinners(m: Queryable, contestId: string, winners: ReadonlyArray<Omit<WinnerRow, 'contestId'> & { pickedBy: string | null }>): Promise<void> {
    if (winners.length === 0) return;
    await m.query(
      `INSERT INTO contest_winners (contest_id, rank, entry_id, method, votes, reason, picked_by)
       SELECT $1, w.rank, w.entry_id, w.method, w.votes, w.reason, w.picked_by
       FROM unnest($2::int[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::uuid[]) AS w(rank, entry_id, method, votes, reason, picked_by)`,
      [contestId, winners.map((w) => w.rank), winners.map((w) => w.entryId), winners.map((w) => w.method), winners.map((w) => w.votes), winners.map((w) => w.reason), winners.map((w) => w.pickedBy)],
    );
  }

  async winners(contestIds: readonly string[]): Promise<WinnerRow[]> {
    return this.db.query(
      `SELECT contest_id AS "contestId", rank, entry_id AS "entryId", method, votes, reason FROM contest_winners WHERE contest_id = ANY($1::uuid[]) ORDER BY contest_id, rank`,
      [[...contestIds]],
    );
  }

  /** Who writes the announcement when the contest's creator is gone: the first admin. */
  async fallbackAuthor(m: Queryable): Promise<string | null> {
    const [row] = await m.query(`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1`);
    return row?.id ?? null;
  }

  /** Handles of these members, for the announcement. */
  async handles(m: Queryable, userIds: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; handle: string }> = await m.query(`SELECT id, handle FROM users WHERE id = ANY($1::uuid[])`, [[...userIds]]);
    return new Map(rows.map((r) => [r.id, r.handle]));
  }
}
