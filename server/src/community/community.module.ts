import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { CommunityEntity } from './community.entity.js';
import { CommunityResolver } from './community.resolver.js';
import { CommunityService } from './community.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CommunityEntity]), AccountsModule, CategoriesModule],
  providers: [CommunityService, CommunityResolver],
})
export class CommunityModule {}
