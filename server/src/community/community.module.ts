import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CategoryEntity } from './category.entity.js';
import { CommunityEntity } from './community.entity.js';
import { CommunityResolver } from './community.resolver.js';
import { CommunityService } from './community.service.js';
import { TopicEntity } from './topic.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([CommunityEntity, CategoryEntity, TopicEntity]), AccountsModule],
  providers: [CommunityService, CommunityResolver],
})
export class CommunityModule {}
