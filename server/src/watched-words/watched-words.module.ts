import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { TrustModule } from '../trust/trust.module.js';
import { ContentPolicyRepository } from './content-policy.repository.js';
import { ContentPolicyService } from './content-policy.service.js';
import { WatchedWordsCache } from './watched-words.cache.js';
import { WatchedWordsResolver } from './watched-words.resolver.js';
import { WatchedWordsRepository } from './watched-words.repository.js';
import { WatchedWordsService } from './watched-words.service.js';

@Module({
  imports: [AuditModule, CategoriesModule, TrustModule],
  providers: [WatchedWordsService, WatchedWordsResolver, ContentPolicyService, ContentPolicyRepository, WatchedWordsRepository, WatchedWordsCache],
  exports: [ContentPolicyService],
})
export class WatchedWordsModule {}
