import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { CategoryObject } from '../categories/category.object.js';
import { encodeCursor } from '../common/pagination.js';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { IdeaConnection, IdeaFilterInput, IdeaObject, IdeaSort, IdeaStaffNoteObject, IdeaVoteAllowanceObject, RoadmapObject, SetIdeaStatusInput } from './idea.objects.js';
import { IdeaListsService } from './idea-lists.service.js';
import { IdeasService } from './ideas.service.js';

@Resolver()
export class IdeasResolver {
  constructor(
    private readonly service: IdeasService,
    private readonly lists: IdeaListsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => [CategoryObject], { description: 'The categories that are ideas boards and that you may read.' })
  ideaBoards(@Ctx() ctx: RequestContext) {
    return this.service.boards(ctx);
  }

  @Public()
  @Query(() => IdeaObject, { description: 'One idea by its topic; NOT_FOUND (IDEA_NOT_FOUND) when it is no idea or you cannot read its topic.' })
  idea(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The idea\'s topic.' }) topicId: string) {
    return this.service.get(ctx, topicId);
  }

  @Public()
  @Query(() => IdeaConnection, { description: 'Ideas on the boards you may read, in one of the product team\'s orders, keyset-paginated.' })
  async ideas(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => IdeaFilterInput, nullable: true, description: 'Which ideas; product area and voter segment are for staff.' }) filter: IdeaFilterInput | null,
    @Args('sort', { type: () => IdeaSort, defaultValue: IdeaSort.TOP, description: 'The order.' }) sort: IdeaSort,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page (of the same sort).' }) after: string | null,
    @Args('trendingDays', { type: () => Int, nullable: true, description: 'TRENDING: how many days back votes count, 1–90 (default 7).' }) trendingDays: number | null,
  ): Promise<IdeaConnection> {
    const page = await this.lists.list(ctx, filter, sort, first, after, trendingDays);
    return { edges: page.nodes.map(({ cursorKey, ...node }) => ({ cursor: encodeCursor(cursorKey), node })), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }

  @Public()
  @Query(() => RoadmapObject, { description: 'The public roadmap: planned, in progress and done ideas, most votes first.' })
  roadmap(
    @Ctx() ctx: RequestContext,
    @Args('perStatus', { type: () => Int, nullable: true, description: 'Ideas per column, 1–50 (default 20).' }) perStatus: number | null,
    @Args('categoryId', { type: () => ID, nullable: true, description: 'Only this board.' }) categoryId: string | null,
  ) {
    return this.lists.roadmap(ctx, perStatus, categoryId);
  }

  @Public()
  @Query(() => [IdeaObject], {
    description: 'Up to 5 existing ideas (merged duplicates left out) whose titles resemble this one, best first (English and Russian word forms, and similar spelling); empty under 3 characters.',
  })
  similarIdeas(@Ctx() ctx: RequestContext, @Args('title', { description: 'The title being typed, up to 200 characters.' }) title: string) {
    return this.lists.similar(ctx, title);
  }

  @Allow(Permission.IdeaVote)
  @Query(() => IdeaVoteAllowanceObject, { description: 'How many of your votes are in use, and how many your trust level allows.' })
  myIdeaVotes(@Ctx() ctx: RequestContext) {
    return this.service.allowance(ctx);
  }

  @Allow(Permission.FeedbackManage)
  @Query(() => String, { description: 'Staff: the ideas as CSV (title, status, votes, official response, link), in the chosen order, at most 10,000 rows.' })
  exportIdeasCsv(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => IdeaFilterInput, nullable: true, description: 'Which ideas.' }) filter: IdeaFilterInput | null,
    @Args('sort', { type: () => IdeaSort, defaultValue: IdeaSort.TOP, description: 'The order.' }) sort: IdeaSort,
  ) {
    return this.lists.exportCsv(ctx, filter, sort, this.config.publicUrl);
  }

  @Allow(Permission.IdeaManage)
  @Mutation(() => CategoryObject, { description: 'Makes a category an ideas board (its IDEA topics become ideas), or no longer one. CONFLICT (NOT_A_BOARD) when already so.' })
  setIdeaBoard(
    @Ctx() ctx: RequestContext,
    @Args('categoryId', { type: () => ID, description: 'The category.' }) categoryId: string,
    @Args('enabled', { description: 'True to make it a board, false to stop.' }) enabled: boolean,
  ) {
    return this.service.setBoard(ctx, categoryId, enabled);
  }

  @Allow(Permission.IdeaVote)
  @Mutation(() => IdeaObject, {
    description: 'Votes for an idea (again: no change). CONFLICT with IDEA_CLOSED on done, declined or merged ideas, VOTE_LIMIT_REACHED when your open votes are used up.',
  })
  voteIdea(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The idea\'s topic.' }) topicId: string) {
    return this.service.vote(ctx, topicId);
  }

  @Allow(Permission.IdeaVote)
  @Mutation(() => IdeaObject, { description: 'Takes your vote back (none given: no change). Closed ideas refuse (IDEA_CLOSED): their votes are already given back.' })
  unvoteIdea(@Ctx() ctx: RequestContext, @Args('topicId', { type: () => ID, description: 'The idea\'s topic.' }) topicId: string) {
    return this.service.unvote(ctx, topicId);
  }

  @Allow(Permission.IdeaManage)
  @Mutation(() => IdeaObject, {
    description: 'Sets an idea\'s status with an optional official response; voters and watchers are notified, and the change goes on the timeline and in the audit log.',
  })
  setIdeaStatus(@Ctx() ctx: RequestContext, @Args('input', { description: 'The status and response.' }) input: SetIdeaStatusInput) {
    return this.service.setStatus(ctx, input);
  }

  @Allow(Permission.IdeaManage)
  @Mutation(() => IdeaObject, {
    description: 'Merges a duplicate into the idea to keep, which is returned: votes move over (a member who voted for both keeps one), the duplicate becomes DUPLICATE, its watchers follow.',
  })
  mergeIdea(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The duplicate\'s topic.' }) topicId: string,
    @Args('intoTopicId', { type: () => ID, description: 'The topic of the idea to keep; not itself a duplicate (MERGE_INTO_DUPLICATE).' }) intoTopicId: string,
  ) {
    return this.service.merge(ctx, topicId, intoTopicId);
  }

  @Allow(Permission.FeedbackManage)
  @Mutation(() => IdeaStaffNoteObject, { description: 'Adds an internal note to an idea; only staff ever see notes.' })
  addIdeaStaffNote(
    @Ctx() ctx: RequestContext,
    @Args('topicId', { type: () => ID, description: 'The idea\'s topic.' }) topicId: string,
    @Args('body', { description: 'The note, 1–5,000 characters.' }) body: string,
  ) {
    return this.service.addStaffNote(ctx, topicId, body);
  }
}
