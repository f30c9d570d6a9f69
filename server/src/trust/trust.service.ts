import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { effectiveTrustSettings, type TrustLevel, type TrustSettings } from './trust-settings.js';
import { TrustRepository } from './trust.repository.js';

const JOB_LOCK = 7_246_311_002;
export const TRUST_PASS_JOB = 'trust.pass';
const PASS_BATCH = 1000;

/**
 * Trust levels, earned from reading and visiting. Recomputed on the actions that feed them and by
 * a background pass every ten minutes from the job queue (once per slot across instances, and
 * under an advisory lock so a pass started by hand never overlaps it). Every
 * change is audited as a system action.
 */
@Injectable()
export class TrustService {
  private cache: { at: number; settings: Promise<TrustSettings> } | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repository: TrustRepository,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    jobs: JobsService,
  ) {
    // Recomputing is idempotent, and the pass commits a batch at a time.
    jobs.defineIdempotent(TRUST_PASS_JOB, async () => void (await this.recomputeAll()), { retryLimit: 2 });
    if (config.env !== 'test') jobs.every(TRUST_PASS_JOB, '*/10 * * * *'); // tests call recomputeAll directly
  }

  settings(): Promise<TrustSettings> {
    if (!this.cache || Date.now() - this.cache.at > 5000) {
      this.cache = {
        at: Date.now(),
        settings: this.repository.storedSettings().then((stored) => effectiveTrustSettings(stored)),
      };
    }
    return this.cache.settings;
  }

  forget(): void {
    this.cache = null;
  }

  async levelOf(userId: string): Promise<TrustLevel> {
    return (await this.repository.levelOf(userId)) ?? 'NEW';
  }

  /** Records reading: the topic entered for the first time, posts newly read, seconds spent. */
  async recordReading(userId: string, enteredFirstTime: boolean, newPostsRead: number, seconds: number): Promise<void> {
    await this.accounts.recordReading(userId, enteredFirstTime ? 1 : 0, Math.max(0, newPostsRead), Math.max(0, Math.min(seconds, 3600)));
    await this.db.transaction((m) => this.recompute(m, userId));
  }

  /** Counts a day visited (called at most hourly per session). */
  async recordVisit(userId: string): Promise<void> {
    await this.accounts.recordVisit(userId);
  }

  /** Inside a transaction: applies the trust rules to one member and audits a change; returns their level. */
  async recompute(m: EntityManager, userId: string): Promise<TrustLevel> {
    const [change] = await this.apply(m, [userId]);
    if (change) return change.level;
    return (await this.repository.levelOf(userId, m)) ?? 'NEW';
  }

  /** The rules for some members in one statement, each change audited as a system action. */
  private async apply(m: EntityManager, ids: readonly string[]): Promise<Array<{ id: string; old: TrustLevel; level: TrustLevel }>> {
    const changes = await this.accounts.applyTrustRules(m, await this.settings(), ids);
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
    const changed = await this.repository.exclusively(JOB_LOCK, async () => {
      let count = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const ids = await this.repository.activeBelowLeader(after, PASS_BATCH);
        if (ids.length === 0) break;
        count += (await this.db.transaction((m) => this.apply(m, ids))).length;
        after = ids.at(-1)!;
      }
      return count;
    });
    return changed ?? 0;
  }

  /** Staff grant or take back LEADER. */
  async setLeader(actorId: string, userId: string, leader: boolean): Promise<TrustLevel> {
    return this.db.transaction(async (m) => {
      const level = await this.repository.levelOf(userId, m, true);
      if (!level) return 'NEW';
      if ((level === 'LEADER') === leader) return level;
      await this.accounts.setTrustLevel(m, userId, leader ? 'LEADER' : 'REGULAR');
      await this.audit.record(m, { actorId, action: leader ? 'LEADER_GRANTED' : 'LEADER_REVOKED', targetType: 'USER', targetId: userId, before: { trustLevel: level } });
      return leader ? 'LEADER' : this.recompute(m, userId);
    });
  }
}
