import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../accounts/accounts.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { userLoader } from '../accounts/user.loader.js';
import { encodeCursor, type ConnectionShape } from '../common/pagination.js';
import { Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext, contextOf, type GqlContext } from '../common/request-context.js';
import type { PostEntity } from '../topics/post.entity.js';
import { PostObject } from '../topics/topic.objects.js';
import { PollObject, PollOptionObject, PollVoterConnection } from './poll.objects.js';
import { PollsService, type PollOptionView, type PollView } from './polls.service.js';

/** Post.poll, batched per request: one statement for a page of posts. */
@Resolver(() => PostObject)
export class PostPollFieldsResolver {
  constructor(private readonly polls: PollsService) {}

  @Public()
  @ResolveField(() => PollObject, { nullable: true, description: 'The poll attached to it; null when none.' })
  poll(post: PostEntity, _args: unknown, gql: GqlContext): Promise<PollView | null> {
    return this.polls.forPost(contextOf(gql), post);
  }
}

/** Who chose an option: public polls only, once you see their results. */
@Resolver(() => PollOptionObject)
export class PollOptionFieldsResolver {
  constructor(
    private readonly polls: PollsService,
    private readonly accounts: AccountsService,
  ) {}

  @Public()
  @ResolveField(() => PollVoterConnection, {
    nullable: true,
    description: 'Who chose it, newest first; null for anonymous polls (for everyone, staff included) and while you may not see the results.',
  })
  async voters(
    @Ctx() ctx: RequestContext,
    @Parent() option: PollOptionView,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first: number | undefined,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor of the last voter of the previous page.' }) after: string | undefined,
  ): Promise<ConnectionShape<UserEntity> | null> {
    if (!option.votersListed) return null;
    const page = await this.polls.voters(ctx, option, first, after);
    const users = await userLoader(ctx, this.accounts).loadMany(page.nodes.map((n) => n.userId));
    const edges = page.nodes.flatMap((n, i) => {
      const user = users[i];
      return user && !(user instanceof Error) ? [{ cursor: encodeCursor([n.at.toISOString(), n.userId]), node: user }] : [];
    });
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }
}
