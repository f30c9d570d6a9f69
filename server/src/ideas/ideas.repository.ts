import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../common/transaction.js';

type Queryable = Pick<EntityManager, 'query'>;

export const IDEA_STATUSES = ['NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'DUPLICATE'] as const;
export type IdeaStatusValue = (typeof IDEA_STATUSES)[number];
/** Statuses that take no votes and give the votes on them back to their voters. */
export const CLOSED_STATUSES: readonly IdeaStatusValue[] = ['DONE', 'DECLINED', 'DUPLICATE'];
export const isClosedStatus = (s: IdeaStatusValue): boolean => CLOSED_STATUSES.includes(s);

export type IdeaSortValue = 'TOP' | 'TRENDING' | 'NEW' | 'RECENTLY_UPDATED';

/** An idea as stored, with its topic's title and place. */
export interface IdeaRow {
  topicId: string;
  categoryId: string;
  title: string;
  authorId: string | null;
  tags: string[];
  status: IdeaStatusValue;
  voteCount: number;
  /** Grows with every change; a live update with a lower one is older than what a client has. */
  revision: number;
  mergedIntoId: string | null;
  officialResponse: string | null;
  officialResponseAt: Date | null;
  statusChangedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Votes within the trending window (TRENDING lists only). */
  recentVotes?: number;
}

export interface StatusChangeRow {
  id: string;
  topicId: string;
  fromStatus: IdeaStatusValue;
  toStatus: IdeaStatusValue;
  response: string | null;
  mergedIntoId: string | null;
  createdAt: Date;
}

export interface StaffNoteRow {
  id: string;
  topicId: string;
  authorId: string | null;
  body: string;
  createdAt: Date;
}

/** What a list of ideas keeps to: always the readable categories, and any of the filters. */
export interface IdeaListFilter {
  readableCategoryIds: readonly string[];
  statuses?: readonly IdeaStatusValue[];
  categoryId?: string;
  tag?: string;
  productAreaId?: string;
  /** Only ideas with a vote from a member at one of these trust levels. */
  voterTrustLevels?: readonly string[];
  /** Only ideas with a vote from a member who joined on or after this time. */
  voterJoinedAfter?: Date;
}

const IDEA_COLUMNS = `
  i.topic_id AS "topicId", t.category_id AS "categoryId", t.title, t.author_id AS "authorId", t.tags, i.status, i.vote_count AS "voteCount", i.revision,
  i.merged_into_id AS "mergedIntoId", i.official_response AS "officialResponse", i.official_response_at AS "officialResponseAt",
  i.status_changed_at AS "statusChangedAt", i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

/** Every query of ideas and feedback (`idea_boards`, `ideas`, `idea_votes`, `idea_voters`, `idea_status_changes`, `idea_staff_notes`). */
@Injectable()
export class IdeasRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every category that is an ideas board. */
  async boardIds(): Promise<string[]> {
    const rows: Array<{ category_id: string }> = await this.db.query(`SELECT category_id FROM idea_boards ORDER BY created_at`);
    return rows.map((r) => r.category_id);
  }

  /** Of these categories, the ones that are ideas boards. */
  async boardsAmong(categoryIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ category_id: string }> = await this.db.query(`SELECT category_id FROM idea_boards WHERE category_id = ANY($1::uuid[])`, [[...categoryIds]]);
    return new Set(rows.map((r) => r.category_id));
  }

  /** Makes a category a board, with an idea row for each IDEA topic already there; false when it already was one. */
  async addBoard(m: Queryable, categoryId: string, userId: string): Promise<boolean> {
    const rows = await returningRows(m, `INSERT INTO idea_boards (category_id, created_by) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`, [categoryId, userId]);
    if (rows.length === 0) return false;
    await m.query(
      `INSERT INTO ideas (topic_id, created_at, updated_at) SELECT id, created_at, created_at FROM topics WHERE category_id = $1 AND kind = 'IDEA' ON CONFLICT DO NOTHING`,
      [categoryId],
    );
    return true;
  }

  /** The category is no longer a board (its ideas keep their votes and statuses, should it become one again); false when it was not one. */
  async removeBoard(m: Queryable, categoryId: string): Promise<boolean> {
    return (await returningRows(m, `DELETE FROM idea_boards WHERE category_id = $1 RETURNING 1`, [categoryId])).length > 0;
  }

  /**
   * Gives an IDEA topic on a board its idea row if it has none yet (topics written before their
   * category became a board, or whose creation was not yet seen). Returns whether the idea exists
   * on a category that is a board now.
   */
  async ensure(m: Queryable, topicId: string): Promise<boolean> {
    const rows: Array<{ ok: boolean }> = await m.query(
      `WITH added AS (
         INSERT INTO ideas (topic_id, created_at, updated_at)
         SELECT t.id, t.created_at, t.created_at FROM topics t JOIN idea_boards b ON b.category_id = t.category_id
          WHERE t.id = $1 AND t.kind = 'IDEA'
         ON CONFLICT DO NOTHING RETURNING 1
       )
       SELECT EXISTS (SELECT 1 FROM added)
           OR EXISTS (SELECT 1 FROM ideas i JOIN topics t ON t.id = i.topic_id JOIN idea_boards b ON b.category_id = t.category_id WHERE i.topic_id = $1) AS ok`,
      [topicId],
    );
    return rows[0]?.ok ?? false;
  }

  /** Ideas by topic id (any order), with their topics' titles; those without an idea row are absent. */
  async byIds(topicIds: readonly string[], m: Queryable = this.db): Promise<IdeaRow[]> {
    if (topicIds.length === 0) return [];
    return m.query(`SELECT ${IDEA_COLUMNS} FROM ideas i JOIN topics t ON t.id = i.topic_id WHERE i.topic_id = ANY($1::uuid[])`, [[...topicIds]]);
  }

  /** Of these ideas, those the person voted for. */
  async votedAmong(userId: string, topicIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ topic_id: string }> = await this.db.query(`SELECT topic_id FROM idea_votes WHERE user_id = $1 AND topic_id = ANY($2::uuid[])`, [userId, [...topicIds]]);
    return new Set(rows.map((r) => r.topic_id));
  }

  /** Locks the idea's row for the rest of the transaction (votes, status changes and merges of one idea take turns). */
  async lock(m: Queryable, topicId: string): Promise<{ status: IdeaStatusValue; voteCount: number; mergedIntoId: string | null; officialResponse: string | null } | null> {
    const rows = await m.query(
      `SELECT status, vote_count AS "voteCount", merged_into_id AS "mergedIntoId", official_response AS "officialResponse" FROM ideas WHERE topic_id = $1 FOR UPDATE`,
      [topicId],
    );
    return rows[0] ?? null;
  }

  /** Locks the member's open-vote counter (created at zero the first time) and reads it with their trust level. */
  async lockVoter(m: Queryable, userId: string): Promise<{ openVotes: number; trustLevel: string }> {
    const [row]: Array<{ openVotes: number; trustLevel: string }> = await m.query(
      `WITH v AS (
         INSERT INTO idea_voters (user_id) VALUES ($1)
         ON CONFLICT (user_id) DO UPDATE SET open_votes = idea_voters.open_votes
         RETURNING open_votes
       )
       SELECT v.open_votes AS "openVotes", u.trust_level AS "trustLevel" FROM v, users u WHERE u.id = $1`,
      [userId],
    );
    return row!;
  }

  async hasVote(m: Queryable, topicId: string, userId: string): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM idea_votes WHERE topic_id = $1 AND user_id = $2`, [topicId, userId]);
    return rows.length > 0;
  }

  /** Records a vote on an open idea (both rows locked, the vote known to be absent): the vote, the idea's count and the voter's open votes, in one statement. */
  async addVote(m: Queryable, topicId: string, userId: string): Promise<void> {
    await m.query(
      `WITH v AS (INSERT INTO idea_votes (topic_id, user_id) VALUES ($1, $2)),
            c AS (UPDATE idea_voters SET open_votes = open_votes + 1 WHERE user_id = $2)
       UPDATE ideas SET vote_count = vote_count + 1, revision = revision + 1 WHERE topic_id = $1`,
      [topicId, userId],
    );
  }

  /** Takes a vote back from an open idea (both rows locked, the vote known to be there). */
  async removeVote(m: Queryable, topicId: string, userId: string): Promise<void> {
    await m.query(
      `WITH v AS (DELETE FROM idea_votes WHERE topic_id = $1 AND user_id = $2),
            c AS (UPDATE idea_voters SET open_votes = open_votes - 1 WHERE user_id = $2)
       UPDATE ideas SET vote_count = vote_count - 1, revision = revision + 1 WHERE topic_id = $1`,
      [topicId, userId],
    );
  }

  /** Everyone who voted for the idea. */
  async voterIds(m: Queryable, topicId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await m.query(`SELECT user_id FROM idea_votes WHERE topic_id = $1`, [topicId]);
    return rows.map((r) => r.user_id);
  }

  /**
   * Moves these members' open-vote counters by `delta` each (votes given back when an idea closes,
   * taken again when it reopens). Locks their rows in one order first, so two status changes never
   * wait on each other in a circle.
   */
  async shiftOpenVotes(m: Queryable, userIds: readonly string[], delta: number): Promise<void> {
    if (userIds.length === 0 || delta === 0) return;
    await m.query(
      `WITH locked AS (SELECT user_id FROM idea_voters WHERE user_id = ANY($1::uuid[]) ORDER BY user_id FOR UPDATE)
       UPDATE idea_voters v SET open_votes = v.open_votes + $2 FROM locked WHERE v.user_id = locked.user_id`,
      [[...userIds], delta],
    );
  }

  /** Sets the status (and the official response when one is given), and appends the change to the idea's timeline. */
  async setStatus(
    m: Queryable,
    change: { topicId: string; from: IdeaStatusValue; to: IdeaStatusValue; response: string | null; mergedIntoId: string | null; actorId: string },
  ): Promise<void> {
    await m.query(
      `WITH s AS (
         INSERT INTO idea_status_changes (topic_id, from_status, to_status, response, merged_into_id, actor_id) VALUES ($1, $2, $3, $4, $5, $6)
       )
       UPDATE ideas SET status = $3, merged_into_id = $5,
              status_changed_at = CASE WHEN status <> $3 THEN now() ELSE status_changed_at END,
              official_response = coalesce($4, official_response),
              official_response_by = CASE WHEN $4::text IS NULL THEN official_response_by ELSE $6 END,
              official_response_at = CASE WHEN $4::text IS NULL THEN official_response_at ELSE now() END,
              updated_at = now(), revision = revision + 1
        WHERE topic_id = $1`,
      [change.topicId, change.from, change.to, change.response, change.mergedIntoId, change.actorId],
    );
  }

  /**
   * Moves the duplicate's votes to the idea kept (both locked): a member who voted for both keeps
   * one vote; the rest move over. Returns who voted for the duplicate, and which of them had voted
   * for the kept idea too. The counts follow in the same statement.
   */
  async moveVotes(m: Queryable, fromId: string, toId: string): Promise<{ moved: string[]; both: string[] }> {
    const rows: Array<{ user_id: string; both: boolean }> = await m.query(
      `SELECT d.user_id, EXISTS (SELECT 1 FROM idea_votes k WHERE k.topic_id = $2 AND k.user_id = d.user_id) AS both
         FROM idea_votes d WHERE d.topic_id = $1`,
      [fromId, toId],
    );
    const both = rows.filter((r) => r.both).map((r) => r.user_id);
    const moved = rows.filter((r) => !r.both).map((r) => r.user_id);
    await m.query(
      `WITH gone AS (DELETE FROM idea_votes WHERE topic_id = $1 AND user_id = ANY($3::uuid[])),
            moved AS (UPDATE idea_votes SET topic_id = $2 WHERE topic_id = $1 AND user_id = ANY($4::uuid[])),
            kept AS (UPDATE ideas SET vote_count = vote_count + $5, updated_at = now(), revision = revision + 1 WHERE topic_id = $2)
       UPDATE ideas SET vote_count = 0, revision = revision + 1 WHERE topic_id = $1`,
      [fromId, toId, both, moved, moved.length],
    );
    return { moved, both };
  }

  /** The ideas' timelines, oldest change first. */
  async timelines(topicIds: readonly string[]): Promise<StatusChangeRow[]> {
    return this.db.query(
      `SELECT id::text, topic_id AS "topicId", from_status AS "fromStatus", to_status AS "toStatus", response, merged_into_id AS "mergedIntoId", created_at AS "createdAt"
         FROM idea_status_changes WHERE topic_id = ANY($1::uuid[]) ORDER BY topic_id, id`,
      [[...topicIds]],
    );
  }

  /** A member's open votes (zero when they never voted). */
  async openVotes(userId: string): Promise<{ openVotes: number; trustLevel: string }> {
    const [row]: Array<{ openVotes: number; trustLevel: string }> = await this.db.query(
      `SELECT coalesce(v.open_votes, 0) AS "openVotes", u.trust_level AS "trustLevel" FROM users u LEFT JOIN idea_voters v ON v.user_id = u.id WHERE u.id = $1`,
      [userId],
    );
    return row ?? { openVotes: 0, trustLevel: 'NEW' };
  }

  async addStaffNote(m: Queryable, topicId: string, authorId: string, body: string): Promise<StaffNoteRow> {
    const [row] = await returningRows<StaffNoteRow>(
      m,
      `INSERT INTO idea_staff_notes (topic_id, author_id, body) VALUES ($1, $2, $3)
       RETURNING id, topic_id AS "topicId", author_id AS "authorId", body, created_at AS "createdAt"`,
      [topicId, authorId, body],
    );
    return row!;
  }

  /** Staff notes of many ideas, newest first, at most `limit` each. */
  async staffNotes(topicIds: readonly string[], limit: number): Promise<StaffNoteRow[]> {
    return this.db.query(
      `SELECT n.id, n.topic_id AS "topicId", n.author_id AS "authorId", n.body, n.created_at AS "createdAt"
         FROM unnest($1::uuid[]) AS i(id)
         CROSS JOIN LATERAL (SELECT * FROM idea_staff_notes WHERE topic_id = i.id ORDER BY created_at DESC, id DESC LIMIT $2) n`,
      [[...topicIds], limit],
    );
  }

  /**
   * A page of ideas in one of the product team's orders, by keyset on stored, indexed columns
   * (TOP: vote_count; NEW: created_at; RECENTLY_UPDATED: updated_at). TRENDING ranks by the votes
   * given within the last `trendingDays`, read from the votes' time index.
   */
  async page(
    filter: IdeaListFilter,
    sort: IdeaSortValue,
    limit: number,
    after: [string | number, string] | null,
    trendingDays: number,
  ): Promise<IdeaRow[]> {
    const params: unknown[] = [[...filter.readableCategoryIds]];
    const add = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = [`t.category_id = ANY($1::uuid[])`, `t.deleted_at IS NULL`, `t.hidden_at IS NULL`, `EXISTS (SELECT 1 FROM idea_boards b WHERE b.category_id = t.category_id)`];
    // Merged duplicates live on in their kept idea: listed only when asked for by status.
    if (filter.statuses?.length) where.push(`i.status = ANY(${add([...filter.statuses])}::text[])`);
    else where.push(`i.status <> 'DUPLICATE'`);
    if (filter.categoryId) where.push(`t.category_id = ${add(filter.categoryId)}::uuid`);
    if (filter.tag) where.push(`${add(filter.tag)} = ANY(t.tags)`);
    if (filter.productAreaId) {
      where.push(`EXISTS (SELECT 1 FROM feedback_marks f WHERE f.idea_topic_id = i.topic_id AND f.product_area_id = ${add(filter.productAreaId)}::uuid)`);
    }
    if (filter.voterTrustLevels?.length || filter.voterJoinedAfter) {
      const conditions = ['v.topic_id = i.topic_id'];
      if (filter.voterTrustLevels?.length) conditions.push(`u.trust_level = ANY(${add([...filter.voterTrustLevels])}::text[])`);
      if (filter.voterJoinedAfter) conditions.push(`u.created_at >= ${add(filter.voterJoinedAfter)}`);
      where.push(`EXISTS (SELECT 1 FROM idea_votes v JOIN users u ON u.id = v.user_id WHERE ${conditions.join(' AND ')})`);
    }
    if (sort === 'TRENDING') {
      const since = add(trendingDays);
      const keyset = after ? `WHERE (n, topic_id) < (${add(Number(after[0]))}::int, ${add(after[1])}::uuid)` : '';
      // Only ideas with votes in the window: the window's votes are counted from their time index,
      // sorted, and each idea reached by key in that order until the page is full (the filters are
      // checked per idea), never by a pass over every idea and topic.
      return this.db.query(
        `WITH r AS (SELECT topic_id, count(*)::int AS n FROM idea_votes WHERE created_at >= now() - make_interval(days => ${since}::int) GROUP BY topic_id)
         SELECT x.*, r.n AS "recentVotes"
           FROM (SELECT topic_id, n FROM r ${keyset} ORDER BY n DESC, topic_id DESC) r
           CROSS JOIN LATERAL (SELECT ${IDEA_COLUMNS} FROM ideas i JOIN topics t ON t.id = i.topic_id WHERE i.topic_id = r.topic_id AND ${where.join(' AND ')}) x
          ORDER BY r.n DESC, r.topic_id DESC LIMIT ${add(limit)}`,
        params,
      );
    }
    const column = sort === 'TOP' ? 'i.vote_count' : sort === 'NEW' ? 'i.created_at' : 'i.updated_at';
    if (after) where.push(`(${column}, i.topic_id) < (${add(after[0])}::${sort === 'TOP' ? 'int' : 'timestamptz'}, ${add(after[1])}::uuid)`);
    return this.db.query(
      `SELECT ${IDEA_COLUMNS} FROM ideas i JOIN topics t ON t.id = i.topic_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${column} DESC, i.topic_id DESC LIMIT ${add(limit)}`,
      params,
    );
  }

  /**
   * Ideas whose titles resemble what a member is typing, best first: trigram similarity of the
   * titles, or a full-text match in English or Russian (stemmed, as search does). Each kind of match
   * is found through its own index (the ideas' title trigrams, the topics' search vector), the best
   * 50 of each, then kept to what the person may read.
   */
  async similar(readableCategoryIds: readonly string[], title: string, limit: number): Promise<Array<IdeaRow & { score: number }>> {
    return this.db.query(
      `WITH c AS (
         (SELECT id FROM topics WHERE kind = 'IDEA' AND lower(title) % lower($2) ORDER BY similarity(lower(title), lower($2)) DESC LIMIT 50)
         UNION
         (SELECT id FROM topics
           WHERE kind = 'IDEA' AND search_vector @@ (websearch_to_tsquery('english', $2) || websearch_to_tsquery('russian', $2))
           ORDER BY ts_rank(search_vector, websearch_to_tsquery('english', $2) || websearch_to_tsquery('russian', $2)) DESC LIMIT 50)
       )
       SELECT ${IDEA_COLUMNS},
              greatest(similarity(lower(t.title), lower($2)), ts_rank(t.search_vector, websearch_to_tsquery('english', $2) || websearch_to_tsquery('russian', $2))) AS score
         FROM c JOIN topics t ON t.id = c.id JOIN ideas i ON i.topic_id = t.id
        WHERE t.category_id = ANY($1::uuid[]) AND t.deleted_at IS NULL AND t.hidden_at IS NULL AND i.status <> 'DUPLICATE'
          AND EXISTS (SELECT 1 FROM idea_boards b WHERE b.category_id = t.category_id)
        ORDER BY score DESC, i.vote_count DESC, i.topic_id DESC
        LIMIT $3`,
      [[...readableCategoryIds], title, limit],
    );
  }

}
