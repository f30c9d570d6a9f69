import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { transaction } from '../common/transaction.js';
import { CommunityEntity } from './community.entity.js';

export type AccessMode = CommunityEntity['accessMode'];

/** The settings as stored: the trust settings as saved (null: defaults), the threshold null when it is the deployment's. */
export interface StoredSettingsRow {
  accessMode: AccessMode;
  requireGuidelines: boolean;
  trustSettings: unknown;
  flagHideThreshold: number | null;
}

/** Every query of the community row (there is one: id 1). */
@Injectable()
export class CommunityRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(CommunityEntity) private readonly community: Repository<CommunityEntity>,
  ) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return transaction(this.db, work);
  }

  find(): Promise<CommunityEntity | null> {
    return this.community.findOneBy({ id: 1 });
  }

  async settings(): Promise<StoredSettingsRow> {
    const [row]: Array<{ access_mode: AccessMode; require_guidelines: boolean; trust_settings: unknown; flag_hide_threshold: number | null }> = await this.community.query(
      `SELECT access_mode, require_guidelines, trust_settings, flag_hide_threshold FROM community WHERE id = 1`,
    );
    return { accessMode: row!.access_mode, requireGuidelines: row!.require_guidelines, trustSettings: row!.trust_settings, flagHideThreshold: row!.flag_hide_threshold };
  }

  /** The stored flag threshold (null: the deployment's default), or undefined before the community is seeded. */
  async flagHideThreshold(): Promise<number | null | undefined> {
    const [row]: Array<{ flag_hide_threshold: number | null }> = await this.community.query(`SELECT flag_hide_threshold FROM community WHERE id = 1`);
    return row?.flag_hide_threshold;
  }

  /**
   * Writes the settings given; null (or undefined) keeps a field, except the flag threshold, which
   * is written whenever `setFlagHideThreshold` (null: back to the deployment's default).
   */
  async updateSettings(
    m: EntityManager,
    change: { accessMode: AccessMode | null; requireGuidelines: boolean | null; trustSettings: unknown; setFlagHideThreshold: boolean; flagHideThreshold: number | null },
  ): Promise<void> {
    await m.query(
      `UPDATE community SET access_mode = coalesce($1, access_mode), require_guidelines = coalesce($2, require_guidelines),
         trust_settings = coalesce($3, trust_settings),
         flag_hide_threshold = CASE WHEN $4 THEN $5::double precision ELSE flag_hide_threshold END WHERE id = 1`,
      [change.accessMode, change.requireGuidelines, change.trustSettings ?? null, change.setFlagHideThreshold, change.flagHideThreshold],
    );
  }
}
