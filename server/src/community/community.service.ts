import { Inject, Injectable } from '@nestjs/common';
import { FLAG_THRESHOLD } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { effectiveTrustSettings, trustSettingsSchema } from '../trust/trust-settings.js';
import { TrustService } from '../trust/trust.service.js';
import type { CommunityEntity } from './community.entity.js';
import { CommunityRepository, type AccessMode } from './community.repository.js';

export type { AccessMode } from './community.repository.js';
const MODES: AccessMode[] = ['OPEN', 'APPROVAL', 'INVITE_ONLY'];

export interface SettingsRow {
  accessMode: AccessMode;
  requireGuidelines: boolean;
  trustSettingsJson: string;
  flagHideThreshold: number;
  flagHideThresholdIsDefault: boolean;
}

/** Limits of the flag weight that hides a post: one staff-like flag at least, a hundred newcomers at most. */

/**
 * The one community this installation runs: its name and brand, and its settings (how people
 * join, whether they accept guidelines, trust levels, the flag weight that hides a post).
 */
@Injectable()
export class CommunityService {
  constructor(
    private readonly community: CommunityRepository,
    private readonly categories: CategoriesService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly trust: TrustService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(): Promise<CommunityEntity> {
    const row = await this.community.find();
    if (!row) throw new Error('The community has not been seeded');
    return row;
  }

  /** The staff front page's figures; categories only those the viewer may read, like every count. */
  async staffOverview(ctx: RequestContext): Promise<{ memberCount: number; categoryCount: number }> {
    const [memberCount, readable] = await Promise.all([this.accounts.countMembers(), this.categories.readableIds(ctx)]);
    return { memberCount, categoryCount: readable.length };
  }

  async settings(): Promise<SettingsRow> {
    const row = await this.community.settings();
    return {
      accessMode: row.accessMode,
      requireGuidelines: row.requireGuidelines,
      trustSettingsJson: JSON.stringify(effectiveTrustSettings(row.trustSettings)),
      flagHideThreshold: row.flagHideThreshold ?? this.config.flagHideThreshold,
      flagHideThresholdIsDefault: row.flagHideThreshold === null,
    };
  }

  /** The open flag weight at which a post hides pending review (staff flags weigh this much). */
  async flagHideThreshold(): Promise<number> {
    return (await this.community.flagHideThreshold()) ?? this.config.flagHideThreshold;
  }

  /** `flagHideThreshold`: omitted keeps it, null goes back to the deployment's default. */
  async updateSettings(
    ctx: RequestContext,
    input: { accessMode?: AccessMode; requireGuidelines?: boolean; trustSettingsJson?: string; flagHideThreshold?: number | null },
  ): Promise<SettingsRow> {
    const before = await this.settings();
    if (input.accessMode !== undefined && !MODES.includes(input.accessMode)) throw AppError.badInput('accessMode', InputErrorReason.INVALID, 'Unknown access mode.');
    const threshold = input.flagHideThreshold;
    if (threshold !== undefined && threshold !== null && (!Number.isFinite(threshold) || threshold < FLAG_THRESHOLD.min || threshold > FLAG_THRESHOLD.max)) {
      throw AppError.badInput('flagHideThreshold', InputErrorReason.OUT_OF_RANGE, `The flag weight that hides a post is ${FLAG_THRESHOLD.min} to ${FLAG_THRESHOLD.max}.`);
    }
    let trust: unknown;
    if (input.trustSettingsJson !== undefined) {
      if (input.trustSettingsJson.length > 20_000) throw AppError.badInput('trustSettingsJson', InputErrorReason.TOO_LONG, 'Trust settings are too long.');
      let parsed: unknown;
      try {
        parsed = JSON.parse(input.trustSettingsJson);
      } catch {
        throw AppError.badInput('trustSettingsJson', InputErrorReason.INVALID_FORMAT, 'Trust settings must be JSON.');
      }
      const checked = trustSettingsSchema.safeParse(parsed);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw AppError.badInput('trustSettingsJson', InputErrorReason.INVALID, `Trust settings: ${issue.path.join('.')} ${issue.message}`);
      }
      trust = checked.data;
    }
    await this.community.transaction(async (m) => {
      await this.community.updateSettings(m, {
        accessMode: input.accessMode ?? null,
        requireGuidelines: input.requireGuidelines ?? null,
        trustSettings: trust ?? null,
        setFlagHideThreshold: threshold !== undefined,
        flagHideThreshold: threshold ?? null,
      });
      const after = {
        accessMode: input.accessMode ?? before.accessMode,
        requireGuidelines: input.requireGuidelines ?? before.requireGuidelines,
        flagHideThreshold: threshold === undefined ? before.flagHideThreshold : (threshold ?? this.config.flagHideThreshold),
        trustChanged: trust !== undefined,
      };
      await this.audit.record(m, {
        actorId: ctx.requireUser().id,
        action: 'SETTINGS_CHANGED',
        targetType: 'CATEGORY',
        targetId: 'community',
        before: { accessMode: before.accessMode, requireGuidelines: before.requireGuidelines, flagHideThreshold: before.flagHideThreshold },
        after,
      });
    });
    this.trust.forget();
    return this.settings();
  }
}
