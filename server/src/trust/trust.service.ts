import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { TRUST_LEVELS, effectiveTrustSettings, type TrustLevel, type TrustSettings } from './trust-settings.js';

interface Stats {
  id: string;
  trust_level: TrustLevel;
  topics_entered: number;
  posts_read: number;
  read_seconds: number;
  days_visited: number;
  created_at: Date;
}

const JOB_LOCK = 7_246_311_002;
const JOB_INTERVAL_MS = 10 * 60 * 1000;

/** The level a member's activity earns (LEADER is granted by staff, never computed). */
export function earnedLevel(stats: Omit<Stats, 'id' | 'trust_level'>, settings: TrustSettings): Exclude<TrustLevel, 'LEADER'> {
  const ageDays = (Date.now() - new Date(stats.created_at).getTime()) / 86_400_000;
  const meets = (t: TrustSettings['thresholds']['BASIC']) =>
    stats.topics_entered >= t.topicsEntered &&
    stats.posts_read >= t.postsRead &&
    stats.read_seconds >= t.readMinutes * 60 &&
    stats.days_visited >= t.daysVisited &&
    ageDays >= t.accountAgeDays;
  if (meets(settings.thresholds.REGULAR)) return 'REGULAR';
  if (meets(settings.thresholds.MEMBER)) return 'MEMBER';
  if (meets(settings.thresholds.BASIC)) return 'BASIC';
  return 'NEW';
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

  /** Inside a transaction: the member's row is locked, so a change is made and audited once. */
  async recompute(m: EntityManager, userId: string): Promise<TrustLevel> {
    const [stats]: Stats[] = await m.query(
      `SELECT id, trust_level, topics_entered, posts_read, read_seconds, days_visited, created_at FROM users WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    if (!stats || stats.trust_level === 'LEADER') return stats?.trust_level ?? 'NEW';
    const next = earnedLevel(stats, await this.settings());
    // Levels rise with activity; only REGULAR falls back when its activity lapses.
    const rises = TRUST_LEVELS.indexOf(next) > TRUST_LEVELS.indexOf(stats.trust_level);
    const lapses = stats.trust_level === 'REGULAR' && next !== 'REGULAR';
    if (!rises && !lapses) return stats.trust_level;
    const level = lapses ? 'MEMBER' : next;
    await m.query(`UPDATE users SET trust_level = $2 WHERE id = $1`, [userId, level]);
    await this.audit.record(m, { actorId: null, action: 'TRUST_LEVEL_CHANGED', targetType: 'USER', targetId: userId, before: { trustLevel: stats.trust_level }, after: { trustLevel: level } });
    return level;
  }

  /** The background pass: every member below LEADER, in batches. Returns how many changed. */
  async recomputeAll(): Promise<number> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [JOB_LOCK]);
      if (!locked) return 0;
      let changed = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      for (let batch = 0; batch < 1000; batch++) {
        const rows: Array<{ id: string; trust_level: TrustLevel }> = await this.db.query(
          `SELECT id, trust_level FROM users WHERE id > $1 AND trust_level <> 'LEADER' AND membership = 'ACTIVE' ORDER BY id LIMIT 500`,
          [after],
        );
        if (rows.length === 0) break;
        for (const row of rows) {
          const level = await this.db.transaction((m) => this.recompute(m, row.id));
          if (level !== row.trust_level) changed++;
        }
        after = rows.at(-1)!.id;
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
