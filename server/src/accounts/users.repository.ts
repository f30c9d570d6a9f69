import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared.js';
import type { Role } from '@townsquare/shared';
import { isUuid } from '../common/ids.js';
import { returningRows } from '../common/transaction.js';
import type { TrustLevel, TrustSettings } from '../trust/trust-settings.js';
import { UserEntity } from './user.entity.js';

/** The columns of a user row that the API reads, as `UserEntity` names them (never the password hash). */
export const USER_COLUMNS = `id, handle, email, display_name AS "displayName", role, silenced_until AS "silencedUntil",
  suspended_until AS "suspendedUntil", flags_agreed AS "flagsAgreed", flags_disagreed AS "flagsDisagreed", membership,
  trust_level AS "trustLevel", guidelines_accepted AS "guidelinesAccepted", created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Queries of users on hot read paths, in plain SQL: every author on every page goes through
 * `byIds`, and building and hydrating the same query through the ORM cost more than the query.
 */
const DATE_FIELDS = ['silencedUntil', 'suspendedUntil', 'createdAt', 'updatedAt'] as const;

/**
 * A user row that another feature's statement fetched as JSON (`to_json` of USER_COLUMNS), e.g.
 * the authors of a topic list in the list's own statement: JSON carries dates as text.
 */
export function userFromJson(json: Record<string, unknown> | null): UserEntity | null {
  if (!json) return null;
  const user = Object.assign(new UserEntity(), json);
  for (const field of DATE_FIELDS) {
    const value = json[field];
    (user as unknown as Record<string, unknown>)[field] = typeof value === 'string' ? new Date(value) : null;
  }
  return user;
}

type Threshold = TrustSettings['thresholds']['BASIC'];

/**
 * The one statement that applies the trust rules to some members (`ids`), under row locks: the
 * level their activity earns (LEADER is granted by staff, never computed) replaces their level
 * when it is higher; REGULAR alone lapses, to MEMBER, when its activity does. Returns the changes.
 */
function trustRuleSql(settings: TrustSettings, ids: readonly string[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [ids];
  const at = (value: unknown) => `$${params.push(value)}`;
  const meets = (t: Threshold) =>
    `(topics_entered >= ${at(t.topicsEntered)} AND posts_read >= ${at(t.postsRead)} AND read_seconds >= ${at(t.readMinutes * 60)}
      AND days_visited >= ${at(t.daysVisited)} AND created_at <= now() - make_interval(days => ${at(t.accountAgeDays)}::int))`;
  const { REGULAR, MEMBER, BASIC } = settings.thresholds;
  const earned = `CASE WHEN ${meets(REGULAR)} THEN 'REGULAR' WHEN ${meets(MEMBER)} THEN 'MEMBER' WHEN ${meets(BASIC)} THEN 'BASIC' ELSE 'NEW' END`;
  const rank = (level: string) => `array_position(ARRAY['NEW', 'BASIC', 'MEMBER', 'REGULAR', 'LEADER']::varchar[], ${level}::varchar)`;
  const sql = `
    WITH calc AS (
      SELECT id, trust_level AS old, ${earned} AS earned FROM users
       WHERE id = ANY($1::uuid[]) AND trust_level <> 'LEADER' ORDER BY id FOR UPDATE
    ), next AS (
      SELECT id, old, CASE WHEN old = 'REGULAR' AND earned <> 'REGULAR' THEN 'MEMBER' ELSE earned END AS level FROM calc
       WHERE ${rank('earned')} > ${rank('old')} OR (old = 'REGULAR' AND earned <> 'REGULAR')
    )
    UPDATE users u SET trust_level = next.level FROM next WHERE u.id = next.id RETURNING u.id, next.old, next.level`;
  return { sql, params };
}

/** A member whose trust level a pass changed. */
export interface TrustChange {
  id: string;
  old: TrustLevel;
  level: TrustLevel;
}

/** The fields a new account is created with. */
export interface NewUser {
  email: string;
  handle: string;
  displayName: string;
  passwordHash: string;
  role: UserEntity['role'];
  membership: UserEntity['membership'];
}

/**
 * Every query of accounts' `users` table: the people, their sign-in secrets, and the activity
 * counters and levels that trust computes from (trust asks through `AccountsService`), and the
 * standing other features decide and write through `AccountsService`. Sign-up's reads of other
 * features' tables are kept apart at the end.
 */
@Injectable()
export class UsersRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async byIds(ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    const rows = await preparedQuery<Partial<UserEntity>>(this.db, `SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map((row) => Object.assign(new UserEntity(), row));
  }

  byId(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** By handle, in any letter case. */
  byHandle(handle: string): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('u').where('lower(u.handle) = lower(:handle)', { handle }).getOne();
  }

  /** The accounts these lower-case handles name: each one's lower-cased handle and display name. */
  async namesByHandle(lowerHandles: readonly string[]): Promise<Array<{ handle: string; displayName: string }>> {
    return this.users.query('SELECT lower(handle) AS handle, display_name AS "displayName" FROM users WHERE lower(handle) = ANY($1)', [lowerHandles]);
  }

  /** The account an email (when the login has an @) or a handle names, in any letter case, with its password hash. */
  withPasswordByLogin(login: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where(login.includes('@') ? 'lower(u.email) = lower(:login)' : 'lower(u.handle) = lower(:login)', { login })
      .getOne();
  }

  withPasswordById(id: string): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
  }

  /** A new account inside the caller's transaction (unique handle and email enforced by the table). */
  insert(m: EntityManager, user: NewUser): Promise<UserEntity> {
    return m.save(m.create(UserEntity, user));
  }

  async setPasswordHash(m: EntityManager, id: string, passwordHash: string): Promise<void> {
    await m.update(UserEntity, { id }, { passwordHash });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  /** Counts a day visited, once per calendar day. */
  async recordVisit(userId: string): Promise<void> {
    await this.db.query(
      `UPDATE users SET days_visited = days_visited + 1, last_visit_on = current_date WHERE id = $1 AND last_visit_on IS DISTINCT FROM current_date`,
      [userId],
    );
  }

  /** Adds reading: topics entered for the first time, posts newly read, seconds spent (already bounded). */
  async recordReading(userId: string, topicsEntered: number, postsRead: number, seconds: number): Promise<void> {
    await this.db.query(
      `UPDATE users SET topics_entered = topics_entered + $2, posts_read = posts_read + $3, read_seconds = read_seconds + $4 WHERE id = $1`,
      [userId, topicsEntered, postsRead, seconds],
    );
  }

  /** Applies the trust rules to some members inside the caller's transaction; the changes. */
  applyTrustRules(m: Pick<EntityManager, 'query'>, settings: TrustSettings, ids: readonly string[]): Promise<TrustChange[]> {
    const { sql, params } = trustRuleSql(settings, ids);
    return returningRows<TrustChange>(m, sql, params);
  }

  async setTrustLevel(m: Pick<EntityManager, 'query'>, id: string, level: TrustLevel): Promise<void> {
    await m.query(`UPDATE users SET trust_level = $2 WHERE id = $1`, [id, level]);
  }

  // Standing that other features decide (moderation, members, membership) and write here, inside
  // their own transactions.

  /** Adds one agreed (or disagreed) flag to each flagger's record, which weighs their next flags. */
  async countFlagVerdicts(m: Pick<EntityManager, 'query'>, flaggerIds: readonly string[], verdict: 'AGREED' | 'DISAGREED'): Promise<void> {
    const column = verdict === 'AGREED' ? 'flags_agreed' : 'flags_disagreed';
    await m.query(`UPDATE users SET ${column} = ${column} + 1 WHERE id = ANY($1::uuid[])`, [[...flaggerIds]]);
  }

  /** Sets (or, with null, ends) a member's silence or suspension. */
  async setRestriction(m: Pick<EntityManager, 'query'>, userId: string, kind: 'SILENCE' | 'SUSPENSION', until: Date | null): Promise<void> {
    const column = kind === 'SUSPENSION' ? 'suspended_until' : 'silenced_until';
    await m.query(`UPDATE users SET ${column} = $2 WHERE id = $1`, [userId, until]);
  }

  async setRole(m: Pick<EntityManager, 'query'>, userId: string, role: Role, trustLevel: string): Promise<void> {
    await m.query(`UPDATE users SET role = $2, trust_level = $3, updated_at = now() WHERE id = $1`, [userId, role, trustLevel]);
  }

  async setRemoved(m: Pick<EntityManager, 'query'>, userId: string): Promise<void> {
    await m.query(`UPDATE users SET membership = 'REMOVED' WHERE id = $1`, [userId]);
  }

  /** Lets a removed member back in; false when they were not removed. */
  async restoreRemoved(m: Pick<EntityManager, 'query'>, userId: string): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const rows = await returningRows<{ id: string }>(m, `UPDATE users SET membership = 'ACTIVE' WHERE id = $1 AND membership = 'REMOVED' RETURNING id`, [userId]);
    return rows.length > 0;
  }

  /** A decided join request lets the person in (ACTIVE) or keeps them out (REJECTED). */
  async setMembership(m: Pick<EntityManager, 'query'>, userId: string, membership: 'ACTIVE' | 'REJECTED'): Promise<void> {
    await m.query(`UPDATE users SET membership = $2 WHERE id = $1`, [userId, membership]);
  }

  /** Records that a person accepted a version of the guidelines (never going back to an older one). */
  async acceptGuidelines(userId: string, version: number): Promise<void> {
    await this.db.query(`UPDATE users SET guidelines_accepted = greatest(guidelines_accepted, $2) WHERE id = $1`, [userId, version]);
  }

  // Sign-up and sign-in read tables of other features. They stay here until those features
  // (community, members) offer a way to ask.

  /** Who may join: the community's access mode (community's table). */
  async accessMode(): Promise<'OPEN' | 'APPROVAL' | 'INVITE_ONLY'> {
    const [{ access_mode: mode }]: Array<{ access_mode: 'OPEN' | 'APPROVAL' | 'INVITE_ONLY' }> = await this.db.query(`SELECT access_mode FROM community WHERE id = 1`);
    return mode;
  }

  /** The reason of a person's latest suspension (moderation's table). */
  async lastSuspensionReason(userId: string): Promise<string | null> {
    const [last]: Array<{ reason: string }> = await this.users.query(
      `SELECT reason FROM user_sanctions WHERE user_id = $1 AND kind = 'SUSPENSION' ORDER BY created_at DESC LIMIT 1`,
      [userId],
    );
    return last?.reason ?? null;
  }
}
