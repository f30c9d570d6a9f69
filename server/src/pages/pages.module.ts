import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { CommunityModule } from '../community/community.module.js';
import { EventsModule } from '../events/events.module.js';
import { IdeasModule } from '../ideas/ideas.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { PageRateLimiter } from './page-rate-limiter.js';
import { PagesService } from './pages.service.js';

/**
 * Server-rendered pages for readers without JavaScript (search engines, link previews): a topic,
 * a category, an event, a member and the home page, as a guest sees them, inside the client's
 * index.html. Read through the features' services; no SQL of its own. Also the limit per address
 * on pages, feeds and sitemaps.
 */
@Module({
  imports: [AccountsModule, CategoriesModule, CommunityModule, EventsModule, IdeasModule, TopicsModule],
  providers: [PagesService, PageRateLimiter],
  exports: [PagesService, PageRateLimiter],
})
export class PagesModule {}
