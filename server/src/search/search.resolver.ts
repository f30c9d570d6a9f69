import { Args, Query, Resolver } from '@nestjs/graphql';
import { toConnection } from '../common/pagination.js';
import { Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { SearchArgs, SearchHitConnection } from './search.objects.js';
import { SearchService, searchCursorKey } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Public()
  @Query(() => SearchHitConnection, { description: 'Full-text search (English and Russian stemming) over titles and posts you may read. Results come newest first in windows of the 100 most recent matches, best matches first within each window; a word with fewer matches is ranked over all of them.' })
  async search(@Ctx() ctx: RequestContext, @Args() args: SearchArgs): Promise<SearchHitConnection> {
    const page = await this.service.search(ctx, args);
    return toConnection(page, searchCursorKey) as unknown as SearchHitConnection;
  }
}
