import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { CommunityEntity } from './community.entity.js';
import { CommunityRepository } from './community.repository.js';
import { CommunityResolver } from './community.resolver.js';
import { CommunityService } from './community.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CommunityEntity]), AccountsModule, AuditModule, CategoriesModule, TrustModule],
  providers: [CommunityRepository, CommunityService, CommunityResolver],
  exports: [CommunityService],
})
export class CommunityModule {}
