import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { PostObject, ReactionKind } from '../topics/topic.objects.js';
import { ReactionsService } from './reactions.service.js';

@Resolver()
export class ReactionsResolver {
  constructor(private readonly reactions: ReactionsService) {}

  @Allow(Permission.PostReact)
  @Mutation(() => PostObject, { description: 'Gives a reaction to a post (again: no change).' })
  react(
    @Ctx() ctx: RequestContext,
    @Args('postId', { type: () => ID, description: 'The post.' }) postId: string,
    @Args('reaction', { type: () => ReactionKind, description: 'The reaction.' }) reaction: ReactionKind,
  ) {
    return this.reactions.setReaction(ctx, postId, reaction, true);
  }

  @Allow(Permission.PostReact)
  @Mutation(() => PostObject, { description: 'Takes back a reaction (none given: no change).' })
  unreact(
    @Ctx() ctx: RequestContext,
    @Args('postId', { type: () => ID, description: 'The post.' }) postId: string,
    @Args('reaction', { type: () => ReactionKind, description: 'The reaction.' }) reaction: ReactionKind,
  ) {
    return this.reactions.setReaction(ctx, postId, reaction, false);
  }
}
