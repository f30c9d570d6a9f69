import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@townsquare/shared';
import { UserEntity } from '../accounts/user.entity.js';
import { isUuid } from '../common/ids.js';
import type { CursorKey } from '../common/pagination.js';
import { transaction } from '../common/transaction.js';

/** What the directory searches, as the trigram index has it (migration MemberSearch). */
const SEARCH_TEXT = `(lower(u.handle) || ' ' || lower(u.display_name) || ' ' || lower(u.email))`;

/** A flag whose queue item is about a member (no category) or sits in a category the viewer may read ($2). */
export const VISIBLE_FLAG = `(i.category_id IS NULL OR i.category_id = ANY($2::uuid[]))`;

export type SanctionKind = 'WARNING' | 'SILENCE' | 'SUSPENSION';
export type MembershipState = 'ACTIVE' | 'PENDING' | 'REJECTED' | 'REMOVED';

export interface SanctionRow {
  id: string;
  kind: SanctionKind;
  reason: string;
  endsAt: Date | null;
  liftedAt: Date | null;
  createdAt: Date;
  createdBy: string | null;
}

/** A directory filter, already checked. */
export interface DirectoryQuery {
  like: string | null;
  role: string | null;
  trustLevel: string | null;
  status: MembershipState | 'SUSPENDED' | 'SILENCED' | null;
  joinedFrom: Date | null;
  joinedTo: Date | null;
}

/** A directory row: the member and the exact (microsecond) time their page cursor carries. */
export type DirectoryRow = UserEntity & { cursorAt: string };

/** One member's standing as stored: membership, restrictions in force, scope, flags, activity. */
export interface StandingRow {
  id: string;
  membership: MembershipState;
  suspendedUntil: Date | null;
  silencedUntil: Date | null;
  topicsEntered: number;
  postsRead: number;
  readSeconds: number;
  daysVisited: number;
  lastVisitOn: string | null;
  flagsGiven: number;
  flagsGivenAgreed: number;
  flagsGivenDisagreed: number;
  flagsReceived: number;
  flagsReceivedAgreed: number;
  moderatorCategoryIds: string[];
}

interface SanctionRecord {
  id: string;
  kind: SanctionKind;
  reason: string;
  ends_at: Date | null;
  lifted_at: Date | null;
  created_at: Date;
  created_by: string | null;
}

function toSanction(r: SanctionRecord): SanctionRow {
  return {
    id: r.id,
    kind: r.kind,
    reason: r.reason,
    endsAt: r.ends_at ?? null,
    liftedAt: r.lifted_at ?? null,
    createdAt: r.created_at,
    createdBy: r.created_by ?? null,
  };
}

/**
 * Every query of members: sanctions, role holders, the staff directory and standing. The member's
 * own row is written through AccountsService, their posts through topics' ContentModerationRepository.
 * Rules stay in the services.
 */
@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return transaction(this.db, work);
  }

  // ---- sanctions

  async insertSanction(m: EntityManager, sanction: { userId: string; kind: SanctionKind; reason: string; endsAt: Date | null; createdBy: string }): Promise<SanctionRow> {
    const [row]: SanctionRecord[] = await m.query(
      `INSERT INTO user_sanctions (user_id, kind, reason, ends_at, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [sanction.userId, sanction.kind, sanction.reason, sanction.endsAt, sanction.createdBy],
    );
    return toSanction(row!);
  }

  /** Lifts the sanctions of a kind still in force (the member's own column is accounts'). */
  async liftSanctions(m: EntityManager, userId: string, kind: 'SILENCE' | 'SUSPENSION', liftedBy: string): Promise<void> {
    await m.query(`UPDATE user_sanctions SET lifted_at = now(), lifted_by = $2 WHERE user_id = $1 AND kind = $3 AND lifted_at IS NULL AND ends_at > now()`, [userId, liftedBy, kind]);
  }

  /** A member's latest 100 sanctions, newest first. */
  async sanctionsOf(userId: string): Promise<SanctionRow[]> {
    const rows: SanctionRecord[] = await this.db.query(`SELECT * FROM user_sanctions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 100`, [userId]);
    return rows.map(toSanction);
  }

  // ---- roles and membership

  /** Locks everyone holding one of these roles (in id order, so two transactions cannot deadlock); returns their ids. */
  async lockRoleHolders(m: EntityManager, roles: readonly Role[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(`SELECT id FROM users WHERE role = ANY($1::varchar[]) ORDER BY id FOR UPDATE`, [[...roles]]);
    return rows.map((r) => r.id);
  }

  /** Locks one person's row for the rest of the transaction; null when there is no such person. */
  async lockUser(m: EntityManager, userId: string): Promise<{ id: string; role: Role; membership: MembershipState } | null> {
    if (!isUuid(userId)) return null;
    const [row]: Array<{ id: string; role: Role; membership: MembershipState }> = await m.query(`SELECT id, role, membership FROM users WHERE id = $1 FOR UPDATE`, [userId]);
    return row ?? null;
  }

  // ---- mention suggestions

  /**
   * Up to `limit` members whose handle or name starts with `prefix` (already lower-cased and
   * LIKE-escaped), who may be mentioned: active members, not suspended, not `excludeId`. Those who
   * have a visible post in `topicId` come first (latest post first), then the rest by their last
   * visit. Each part is limited on its own, so neither sorts more than the prefix indexes return.
   */
  async mentionCandidates(prefix: string, topicId: string | null, excludeId: string, limit: number): Promise<UserEntity[]> {
    const mentionable = `(lower(u.handle) LIKE $1 OR lower(u.display_name) LIKE $1)
       AND u.membership = 'ACTIVE' AND (u.suspended_until IS NULL OR u.suspended_until <= now()) AND u.id <> $2`;
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM (
         (SELECT u.id, 0 AS part, row_number() OVER (ORDER BY max(p.created_at) DESC, lower(u.handle)) AS n
            FROM posts p JOIN users u ON u.id = p.author_id
           WHERE $3::uuid IS NOT NULL AND p.topic_id = $3::uuid AND p.deleted_at IS NULL AND p.hidden_at IS NULL
             AND p.approval = 'APPROVED' AND NOT p.as_brand AND ${mentionable}
           GROUP BY u.id
           ORDER BY max(p.created_at) DESC, lower(u.handle)
           LIMIT $4)
         UNION ALL
         (SELECT u.id, 1 AS part, row_number() OVER (ORDER BY u.last_visit_on DESC NULLS LAST, lower(u.handle)) AS n
            FROM users u
           WHERE ${mentionable}
           ORDER BY u.last_visit_on DESC NULLS LAST, lower(u.handle)
           LIMIT $4)
       ) ranked ORDER BY part, n`,
      [prefix, excludeId, topicId, limit],
    );
    const ids = [...new Set(rows.map((r) => r.id))].slice(0, limit);
    if (ids.length === 0) return [];
    const users = await this.db.getRepository(UserEntity).createQueryBuilder('u').where('u.id = ANY(:ids::uuid[])', { ids }).getMany();
    const byId = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id)).filter((u): u is UserEntity => !!u);
  }

  // ---- the directory and standing

  /** A page of the directory, newest first, by keyset on (created_at, id); `limit` rows at most. */
  async directory(filter: DirectoryQuery, cursor: CursorKey | null, limit: number): Promise<DirectoryRow[]> {
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.like) qb.andWhere(`${SEARCH_TEXT} LIKE :like`, { like: filter.like });
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.trustLevel) qb.andWhere('u.trust_level = :trust', { trust: filter.trustLevel });
    if (filter.status === 'SUSPENDED') qb.andWhere('u.suspended_until > now()');
    else if (filter.status === 'SILENCED') qb.andWhere('u.silenced_until > now()');
    else if (filter.status) qb.andWhere('u.membership = :membership', { membership: filter.status });
    if (filter.joinedFrom) qb.andWhere('u.created_at >= :from', { from: filter.joinedFrom });
    if (filter.joinedTo) qb.andWhere('u.created_at < :to', { to: filter.joinedTo });
    if (cursor) qb.andWhere('(u.created_at, u.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    qb.addSelect('u.created_at::text', 'cursor_at').orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC').limit(limit);
    const { entities, raw } = await qb.getRawAndEntities<{ u_id: string; cursor_at: string }>();
    const at = new Map(raw.map((r) => [r.u_id, r.cursor_at]));
    return entities.map((u) => Object.assign(u, { cursorAt: at.get(u.id)! }));
  }

  /**
   * Batch: members' standing in one statement. Flag counts cover flags on what the viewer may read
   * (`readableCategoryIds`) and flags on members themselves.
   */
  async standings(ids: readonly string[], readableCategoryIds: readonly string[]): Promise<StandingRow[]> {
    const rows: Array<{
      id: string;
      membership: MembershipState;
      suspended_until: Date | null;
      silenced_until: Date | null;
      topics_entered: number;
      posts_read: number;
      read_seconds: number;
      days_visited: number;
      last_visit_on: string | null;
      flags_given: number;
      flags_agreed: number;
      flags_disagreed: number;
      flags_received: number;
      flags_received_agreed: number;
      category_ids: string[];
    }> = await this.db.query(
      `SELECT u.id, u.membership,
              CASE WHEN u.suspended_until > now() THEN u.suspended_until END AS suspended_until,
              CASE WHEN u.silenced_until > now() THEN u.silenced_until END AS silenced_until,
              u.topics_entered, u.posts_read, u.read_seconds, u.days_visited,
              to_char(u.last_visit_on, 'YYYY-MM-DD') AS last_visit_on,
              given.n AS flags_given, given.agreed AS flags_agreed, given.disagreed AS flags_disagreed,
              received.n AS flags_received, received.agreed AS flags_received_agreed,
              COALESCE((SELECT array_agg(cm.category_id::text ORDER BY cm.category_id) FROM category_moderators cm WHERE cm.user_id = u.id), '{}') AS category_ids
         FROM users u
         CROSS JOIN LATERAL (SELECT count(*)::int AS n, count(*) FILTER (WHERE f.status = 'AGREED')::int AS agreed,
                                    count(*) FILTER (WHERE f.status = 'DISAGREED')::int AS disagreed
                               FROM flags f JOIN moderation_items i ON i.id = f.item_id
                              WHERE f.flagger_id = u.id AND ${VISIBLE_FLAG}) given
         CROSS JOIN LATERAL (SELECT count(*)::int AS n, count(*) FILTER (WHERE f.status = 'AGREED')::int AS agreed
                               FROM flags f JOIN moderation_items i ON i.id = f.item_id
                              WHERE f.owner_id = u.id AND ${VISIBLE_FLAG}) received
        WHERE u.id = ANY($1::uuid[])`,
      [ids.filter((id) => isUuid(id)), [...readableCategoryIds]],
    );
    return rows.map((r) => ({
      id: r.id,
      membership: r.membership,
      suspendedUntil: r.suspended_until ?? null,
      silencedUntil: r.silenced_until ?? null,
      topicsEntered: r.topics_entered,
      postsRead: r.posts_read,
      readSeconds: r.read_seconds,
      daysVisited: r.days_visited,
      lastVisitOn: r.last_visit_on ?? null,
      flagsGiven: r.flags_given,
      flagsGivenAgreed: r.flags_agreed,
      flagsGivenDisagreed: r.flags_disagreed,
      flagsReceived: r.flags_received,
      flagsReceivedAgreed: r.flags_received_agreed,
      moderatorCategoryIds: r.category_ids,
    }));
  }
}
