import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesRepository } from './categories.repository.js';
import { CategoriesResolver } from './categories.resolver.js';
import { CategoriesService } from './categories.service.js';
import { CategoryEntity } from './category.entity.js';
import { ModerationScopeService } from './moderation-scope.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CategoryEntity]), AuditModule],
  providers: [CategoriesRepository, CategoriesService, CategoriesResolver, ModerationScopeService],
  exports: [CategoriesService, ModerationScopeService],
})
export class CategoriesModule {}
