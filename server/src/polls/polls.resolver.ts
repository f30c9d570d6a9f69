import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { CreatePollInput, PollObject } from './poll.objects.js';
import { PollsService } from './polls.service.js';

@Resolver()
export class PollsResolver {
  constructor(private readonly polls: PollsService) {}

  @Public()
  @Query(() => PollObject, { description: 'One poll; NOT_FOUND when it does not exist or you cannot read its post.' })
  poll(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The poll.' }) id: string) {
    return this.polls.get(ctx, id);
  }

  @Allow(Permission.PostEdit)
  @Mutation(() => PollObject, {
    description: 'Attaches a poll to a post: its author within the edit window, or the category\'s moderators. One poll per post (POLL_EXISTS); a poll is not edited once created, only closed.',
  })
  createPoll(@Ctx() ctx: RequestContext, @Args('input', { description: 'The poll.' }) input: CreatePollInput) {
    return this.polls.create(ctx, input);
  }

  @Allow(Permission.PollVote)
  @Mutation(() => PollObject, { description: 'Votes for exactly these options, replacing your earlier choice. Closed polls refuse (POLL_CLOSED).' })
  votePoll(
    @Ctx() ctx: RequestContext,
    @Args('pollId', { type: () => ID, description: 'The poll.' }) pollId: string,
    @Args('optionIds', { type: () => [ID], description: 'One option (SINGLE) or up to `maxChoices` (MULTIPLE), all of this poll.' }) optionIds: string[],
  ) {
    return this.polls.vote(ctx, pollId, optionIds);
  }

  @Allow(Permission.PollVote)
  @Mutation(() => PollObject, { description: 'Takes your vote back (none given: no change). Closed polls refuse (POLL_CLOSED).' })
  retractPollVote(@Ctx() ctx: RequestContext, @Args('pollId', { type: () => ID, description: 'The poll.' }) pollId: string) {
    return this.polls.retract(ctx, pollId);
  }

  @Allow(Permission.PostEdit)
  @Mutation(() => PollObject, { description: 'Closes a poll now: the post\'s author or the category\'s moderators. Its results then show to every reader.' })
  closePoll(@Ctx() ctx: RequestContext, @Args('pollId', { type: () => ID, description: 'The poll.' }) pollId: string) {
    return this.polls.close(ctx, pollId);
  }
}
