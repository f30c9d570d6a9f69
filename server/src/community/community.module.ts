import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CategoryEntity } from '../categories/category.entity.js';
import { CommunityEntity } from './community.entity.js';
import { CommunityResolver } from './community.resolver.js';
import { CommunityService } from './community.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CommunityEntity, CategoryEntity]), AccountsModule],
  providers: [CommunityService, CommunityResolver],
})
export class CommunityModule {}
