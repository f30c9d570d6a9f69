import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import type { RequestContext } from '../common/request-context.js';
import { CommunityEntity } from './community.entity.js';

@Injectable()
export class CommunityService {
  constructor(
    @InjectRepository(CommunityEntity) private readonly community: Repository<CommunityEntity>,
    private readonly categories: CategoriesService,
    private readonly accounts: AccountsService,
  ) {}

  async get(): Promise<CommunityEntity> {
    const row = await this.community.findOneBy({ id: 1 });
    if (!row) throw new Error('The community has not been seeded');
    return row;
  }

  async guidelinesVersion(): Promise<number | null> {
    const [row]: Array<{ version: number | null }> = await this.community.query(`SELECT max(version) AS version FROM guidelines`);
    return row?.version ?? null;
  }

  /** The staff front page's figures; categories only those the viewer may read, like every count. */
  async staffOverview(ctx: RequestContext): Promise<{ memberCount: number; categoryCount: number }> {
    const [memberCount, readable] = await Promise.all([this.accounts.countMembers(), this.categories.readableIds(ctx)]);
    return { memberCount, categoryCount: readable.length };
  }
}
