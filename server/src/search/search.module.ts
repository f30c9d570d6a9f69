import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

@Module({ imports: [CategoriesModule, AccountsModule], providers: [SearchService, SearchResolver] })
export class SearchModule {}
