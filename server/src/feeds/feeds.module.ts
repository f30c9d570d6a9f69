import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module.js';
import { CommunityModule } from '../community/community.module.js';
import { FeedsController } from './feeds.controller.js';
import { FeedsRepository } from './feeds.repository.js';
import { FeedsService } from './feeds.service.js';

/** robots.txt, the sitemaps and the RSS/Atom feeds: the public site as crawlers and feed readers see it. */
@Module({
  imports: [CategoriesModule, CommunityModule],
  controllers: [FeedsController],
  providers: [FeedsRepository, FeedsService],
})
export class FeedsModule {}
