import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../accounts/accounts.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { UserObject } from '../accounts/user.object.js';
import { Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext, contextOf, type GqlContext } from '../common/request-context.js';
import type { PostEntity } from '../topics/post.entity.js';
import { userLoader } from '../accounts/user.loader.js';
import { PostObject, ReactionCountObject, ReactionKind } from '../topics/topic.objects.js';
import { ReactionsService, type ReactionCount } from './reactions.service.js';

/** Reaction fields of Post, batched per request. */
@Resolver(() => PostObject)
export class PostReactionFieldsResolver {
  constructor(
    private readonly service: ReactionsService,
    private readonly accounts: AccountsService,
  ) {}

  @Public()
  @ResolveField(() => [ReactionCountObject], { description: 'Reaction counts, and which you gave.' })
  reactions(post: PostEntity, _args: unknown, gql: GqlContext): Promise<ReactionCount[]> {
    const ctx = contextOf(gql);
    return ctx.loader<PostEntity, ReactionCount[]>('reactionCounts', (posts) => this.service.countsFor(ctx, posts)).load(post);
  }

  @Public()
  @ResolveField(() => [UserObject], { description: 'Who gave a reaction, most recent first.' })
  async reactors(
    @Ctx() ctx: RequestContext,
    @Parent() post: PostEntity,
    @Args('reaction', { type: () => ReactionKind, description: 'The reaction.' }) reaction: ReactionKind,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'How many, 1–100.' }) first: number,
  ): Promise<UserEntity[]> {
    const ids = await this.service.reactors(ctx, post.id, reaction, first);
    const users = await userLoader(ctx, this.accounts).loadMany(ids);
    return users.filter((u): u is UserEntity => !!u && !(u instanceof Error));
  }
}
