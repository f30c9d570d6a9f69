import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { ReviewRepository } from './review.repository.js';
import { ReviewItemFieldsResolver, ReviewMarkFieldsResolver, ReviewResolver } from './review.resolver.js';
import { ReviewService } from './review.service.js';

/** The staff review feed: new posts since each staff member's "reviewed up to here" mark. */
@Module({
  imports: [TopicsModule, CategoriesModule, AccountsModule],
  providers: [ReviewRepository, ReviewService, ReviewResolver, ReviewItemFieldsResolver, ReviewMarkFieldsResolver],
})
export class ReviewModule {}
