import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../accounts/accounts.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { userLoader } from '../accounts/user.loader.js';
import { UserObject } from '../accounts/user.object.js';
import { Permission } from '@townsquare/shared';
import { encodeCursor } from '../common/pagination.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext, contextOf, type GqlContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { PostEntity } from '../topics/post.entity.js';
import { PostObject } from '../topics/topic.objects.js';
import { FeedbackFilterInput, FeedbackGroupObject, FeedbackMarkConnection, FeedbackMarkObject, MarkFeedbackInput, ProductAreaObject } from './feedback.objects.js';
import { IdeaStaffNoteObject } from './idea.objects.js';
import { FeedbackService } from './feedback.service.js';

@Resolver()
export class FeedbackResolver {
  constructor(
    private readonly service: FeedbackService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Permission.FeedbackManage)
  @Query(() => [ProductAreaObject], { description: 'Staff: the product areas feedback is filed under, by name.' })
  productAreas() {
    return this.service.areas();
  }

  @Allow(Permission.FeedbackManage)
  @Query(() => FeedbackMarkConnection, { description: 'Staff: posts marked as feedback, newest first, with the members\' words and links back.' })
  async feedback(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => FeedbackFilterInput, nullable: true, description: 'Which feedback.' }) filter: FeedbackFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<FeedbackMarkConnection> {
    const page = await this.service.list(ctx, filter, first, after);
    return {
      edges: page.nodes.map((node) => ({ cursor: encodeCursor([node.markedAt.toISOString(), node.postId]), node })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Allow(Permission.FeedbackManage)
  @Query(() => [FeedbackGroupObject], { description: 'Staff: how much feedback each product area holds of each type.' })
  feedbackSummary(@Ctx() ctx: RequestContext) {
    return this.service.summary(ctx);
  }

  @Allow(Permission.FeedbackManage)
  @Query(() => String, { description: 'Staff: all feedback as CSV (type, area, idea, the member\'s words, link), newest first, at most 10,000 rows.' })
  exportFeedbackCsv(@Ctx() ctx: RequestContext) {
    return this.service.exportCsv(ctx, this.config.publicUrl);
  }

  @Allow(Permission.SettingsManage)
  @Mutation(() => ProductAreaObject, { description: 'Admins: adds a product area (at most 100; names unique whatever the case, PRODUCT_AREA_EXISTS).' })
  createProductArea(@Ctx() ctx: RequestContext, @Args('name', { description: '1–80 characters.' }) name: string) {
    return this.service.addArea(ctx, name);
  }

  @Allow(Permission.SettingsManage)
  @Mutation(() => ProductAreaObject, { description: 'Admins: renames a product area.' })
  renameProductArea(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The area.' }) id: string,
    @Args('name', { description: '1–80 characters.' }) name: string,
  ) {
    return this.service.renameArea(ctx, id, name);
  }

  @Allow(Permission.SettingsManage)
  @Mutation(() => Boolean, { description: 'Admins: removes a product area; its feedback stays, without an area.' })
  deleteProductArea(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The area.' }) id: string) {
    return this.service.removeArea(ctx, id);
  }

  @Allow(Permission.FeedbackManage)
  @Mutation(() => FeedbackMarkObject, { description: 'Staff: marks a post you can read as feedback (again: replaces its mark). Members never see marks.' })
  markFeedback(@Ctx() ctx: RequestContext, @Args('input', { description: 'The mark.' }) input: MarkFeedbackInput) {
    return this.service.mark(ctx, input);
  }

  @Allow(Permission.FeedbackManage)
  @Mutation(() => Boolean, { description: 'Staff: removes a post\'s feedback mark (FEEDBACK_NOT_FOUND when it has none).' })
  unmarkFeedback(@Ctx() ctx: RequestContext, @Args('postId', { type: () => ID, description: 'The post.' }) postId: string) {
    return this.service.unmark(ctx, postId);
  }
}

/** Post.feedbackMark for staff, batched: one statement for a page of posts. */
@Resolver(() => PostObject)
export class PostFeedbackFieldsResolver {
  constructor(private readonly service: FeedbackService) {}

  @Allow(Permission.FeedbackManage)
  @ResolveField(() => FeedbackMarkObject, { nullable: true, description: 'Staff only: its feedback mark, null when none. Asking for it without staff rights is refused (FORBIDDEN).' })
  feedbackMark(post: PostEntity, _args: unknown, gql: GqlContext) {
    return this.service.markOf(contextOf(gql), post.id);
  }
}

/** Who wrote a marked post, and who wrote a staff note: one statement for a page (the request's user loader). */
@Resolver(() => FeedbackMarkObject)
export class FeedbackMarkFieldsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Allow(Permission.FeedbackManage)
  @ResolveField(() => UserObject, { nullable: true, description: 'Who wrote the post; null when their account is gone.' })
  author(@Ctx() ctx: RequestContext, @Parent() mark: FeedbackMarkObject): Promise<UserEntity | null> {
    return mark.authorId ? userLoader(ctx, this.accounts).load(mark.authorId) : Promise.resolve(null);
  }
}

@Resolver(() => IdeaStaffNoteObject)
export class StaffNoteFieldsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Allow(Permission.FeedbackManage)
  @ResolveField(() => UserObject, { nullable: true, description: 'The staff member who wrote it; null when their account is gone.' })
  author(@Ctx() ctx: RequestContext, @Parent() note: IdeaStaffNoteObject): Promise<UserEntity | null> {
    return note.authorId ? userLoader(ctx, this.accounts).load(note.authorId) : Promise.resolve(null);
  }
}
