import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { returningRows } from '../common/transaction.js';
import { effectiveTrustSettings, type TrustLevel, type TrustSettings } from './trust-settings.js';

const JOB_LOCK = 7_246_311_002;
const JOB_INTERVAL_MS = 10 * 60 * 1000;
const PASS_BATCH = 1000;

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

/**
 * Trust levels, earned from reading and visiting. Recomputed on the actions that feed them and by
 * a background pass every ten minutes (one instance at a time, under an advisory lock). Every
 * change is audited as a system action.
 */
@Injectable()
export class TrustService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TrustService.name);
  private timer: NodeJS.Timeout | null = null;
  private cache: { at: number; settings: Promise<TrustSettings> } | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return; // tests call recomputeAll directly
    this.timer = setInterval(() => void this.recomputeAll().catch((e: Error) => this.logger.warn(`trust pass failed: ${e.message}`)), JOB_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  settings(): Promise<TrustSettings> {
    if (!this.cache || Date.now() - this.cache.at > 5000) {
      this.cache = {
        at: Date.now(),
        settings: this.db.query(`SELECT trust_settings FROM community WHERE id = 1`).then((rows: Array<{ trust_settings: unknown }>) => effectiveTrustSettings(rows[0]?.trust_settings)),
      };
    }
    return this.cache.settings;
  }

  forget(): void {
    this.cache = null;
  }

  async levelOf(userId: string): Promise<TrustLevel> {
    const [row]: Array<{ trust_level: TrustLevel }> = await this.db.query(`SELECT trust_level FROM users WHERE id = $1`, [userId]);
    return row?.trust_level ?? 'NEW';
  }

  /** Records reading: the topic entered for the first time, posts newly read, seconds spent. */
  async recordReading(userId: string, enteredFirstTime: boolean, newPostsRead: number, seconds: number): Promise<void> {
    await this.db.query(
      `UPDATE users SET topics_entered = topics_entered + $2, posts_read = posts_read + $3, read_seconds = read_seconds + $4 WHERE id = $1`,
      [userId, enteredFirstTime ? 1 : 0, Math.max(0, newPostsRead), Math.max(0, Math.min(seconds, 3600))],
    );
    await this.db.transaction((m) => this.recompute(m, userId));
  }

  /** Counts a day visited (called at most hourly per session). */
  async recordVisit(userId: string): Promise<void> {
    await this.db.query(
      `UPDATE users SET days_visited = days_visited + 1, last_visit_on = current_date WHERE id = $1 AND last_visit_on IS DISTINCT FROM current_date`,
      [userId],
    );
  }

  /** Inside a transaction: applies the trust rules to one member and audits a change; returns their level. */
  async recompute(m: EntityManager, userId: string): Promise<TrustLevel> {
    const [change] = await this.apply(m, [userId]);
    if (change) return change.level;
    const [row]: Array<{ trust_level: TrustLevel }> = await m.query(`SELECT trust_level FROM users WHERE id = $1`, [userId]);
    return row?.trust_level ?? 'NEW';
  }

  /** The rules for some members in one statement, each change audited as a system action. */
  private async apply(m: EntityManager, ids: readonly string[]): Promise<Array<{ id: string; old: TrustLevel; level: TrustLevel }>> {
    const { sql, params } = trustRuleSql(await this.settings(), ids);
    const changes = await returningRows<{ id: string; old: TrustLevel; level: TrustLevel }>(m, sql, params);
    await this.audit.recordMany(
      m,
      changes.map((c) => ({ actorId: null, action: 'TRUST_LEVEL_CHANGED', targetType: 'USER', targetId: c.id, before: { trustLevel: c.old }, after: { trustLevel: c.level } })),
    );
    return changes;
  }

  /**
   * The background pass: every active member below LEADER, a thousand per statement and
   * transaction, one instance at a time. Returns how many changed.
   */
  async recomputeAll(): Promise<number> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [JOB_LOCK]);
      if (!locked) return 0;
      let changed = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows: Array<{ id: string }> = await this.db.query(
          `SELECT id FROM users WHERE id > $1 AND trust_level <> 'LEADER' AND membership = 'ACTIVE' ORDER BY id LIMIT ${PASS_BATCH}`,
          [after],
        );
        if (rows.length === 0) break;
        const ids = rows.map((r) => r.id);
        changed += (await this.db.transaction((m) => this.apply(m, ids))).length;
        after = ids.at(-1)!;
      }
      return changed;
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [JOB_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  /** Staff grant or take back LEADER. */
  async setLeader(actorId: string, userId: string, leader: boolean): Promise<TrustLevel> {
    return this.db.transaction(async (m) => {
      const [user]: Array<{ trust_level: TrustLevel }> = await m.query(`SELECT trust_level FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      if (!user) return 'NEW';
      if ((user.trust_level === 'LEADER') === leader) return user.trust_level;
      await m.query(`UPDATE users SET trust_level = $2 WHERE id = $1`, [userId, leader ? 'LEADER' : 'REGULAR']);
      await this.audit.record(m, { actorId, action: leader ? 'LEADER_GRANTED' : 'LEADER_REVOKED', targetType: 'USER', targetId: userId, before: { trustLevel: user.trust_level } });
      return leader ? 'LEADER' : this.recompute(m, userId);
    });
  }
}
