import { Args, Query, Resolver } from '@nestjs/graphql';
import { toConnection } from '../common/pagination.js';
import { Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { SearchArgs, SearchHitConnection } from './search.objects.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Public()
  @Query(() => SearchHitConnection, { description: 'Full-text search over titles and posts you may read, best matches first.' })
  async search(@Ctx() ctx: RequestContext, @Args() args: SearchArgs): Promise<SearchHitConnection> {
    const page = await this.service.search(ctx, args);
    return toConnection(page, (h) => [h.rankText, h.post.id]) as unknown as SearchHitConnection;
  }
}
