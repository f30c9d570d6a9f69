import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { toConnection } from '../common/pagination.js';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { ContestClosingService } from './contest-closing.service.js';
import { ContestEntriesService } from './contest-entries.service.js';
import {
  ContestConnection,
  ContestEntryObject,
  ContestObject,
  ContestPickInput,
  CreateContestInput,
  EnterContestInput,
  UpdateContestInput,
} from './contest.objects.js';
import type { ContestRow } from './contests.repository.js';
import { ContestsService, toContestObject } from './contests.service.js';

@Resolver()
export class ContestsResolver {
  constructor(
    private readonly service: ContestsService,
    private readonly entries: ContestEntriesService,
    private readonly closing: ContestClosingService,
  ) {}

  @Public()
  @Query(() => ContestObject, { description: 'One contest; NOT_FOUND when it does not exist or you cannot read its topic.' })
  async contest(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The contest.' }) id: string) {
    return withRow(await this.service.get(ctx, id));
  }

  @Public()
  @Query(() => ContestConnection, { description: 'Contests in the categories you may read, latest opening first.' })
  async contests(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: 'How many, 1–100 (default 20).' }) first?: number,
    @Args('after', { nullable: true, description: 'The cursor of the previous page\'s last contest.' }) after?: string,
  ) {
    const page = await this.service.list(ctx, first, after);
    return toConnection({ ...page, nodes: page.nodes.map(withRow) }, (c) => [new Date(c.opensAt).toISOString(), c.id]) as unknown as ContestConnection;
  }

  @Allow(Permission.ContestManage)
  @Mutation(() => ContestObject, { description: 'Creates a contest with its topic; its seed commitment is published at once and the close is scheduled.' })
  async createContest(@Ctx() ctx: RequestContext, @Args('input', { description: 'The contest.' }) input: CreateContestInput) {
    return withRow(await this.service.create(ctx, input));
  }

  @Allow(Permission.ContestManage)
  @Mutation(() => ContestObject, { description: 'Edits a contest before it closes; a new closing time reschedules the close.' })
  async updateContest(@Ctx() ctx: RequestContext, @Args('input', { description: 'What changes.' }) input: UpdateContestInput) {
    return withRow(await this.service.update(ctx, input));
  }

  @Allow(Permission.ContestManage)
  @Mutation(() => ContestObject, { description: 'Picks the winners of a closed JURY contest, each with a reason; they are announced and notified.' })
  async pickContestWinners(
    @Ctx() ctx: RequestContext,
    @Args('contestId', { type: () => ID, description: 'A JURY contest that has closed.' }) contestId: string,
    @Args('picks', { type: () => [ContestPickInput], description: 'As many as the contest has winners (fewer when fewer entries), first place first.' }) picks: ContestPickInput[],
  ) {
    return withRow(await this.closing.pick(ctx, contestId, picks));
  }

  @Allow(Permission.ContestEnter)
  @Mutation(() => ContestEntryObject, { description: 'Enters a contest with a reply in its topic; refused with the reason when you are not eligible.' })
  enterContest(@Ctx() ctx: RequestContext, @Args('input', { description: 'The entry.' }) input: EnterContestInput) {
    return this.entries.enter(ctx, input);
  }

  @Allow(Permission.ContestEnter)
  @Mutation(() => ContestEntryObject, { description: 'Votes for an entry of an open MOST_VOTES contest: one vote per entry, not your own.' })
  voteForContestEntry(@Ctx() ctx: RequestContext, @Args('entryId', { type: () => ID, description: 'The entry.' }) entryId: string) {
    return this.entries.vote(ctx, entryId, true);
  }

  @Allow(Permission.ContestEnter)
  @Mutation(() => ContestEntryObject, { description: 'Takes back your vote for an entry while the contest is open.' })
  withdrawContestVote(@Ctx() ctx: RequestContext, @Args('entryId', { type: () => ID, description: 'The entry.' }) entryId: string) {
    return this.entries.vote(ctx, entryId, false);
  }
}

/** The API object with the stored row kept beside it for the field resolvers (never sent: the seed is in it). */
export type ContestParent = ContestObject & { [ROW]: ContestRow };
export const ROW = Symbol('contestRow');
function withRow(row: ContestRow): ContestParent {
  return Object.assign(toContestObject(row), { [ROW]: row });
}
