import { Int, Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS, Permission } from '@townsquare/shared';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext, contextOf, type GqlContext } from '../common/request-context.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { TopicObject } from '../topics/topic.objects.js';
import { IdeasService } from './ideas.service.js';
import { IdeaObject, IdeaStaffNoteObject, IdeaStatus, IdeaStatusChangeObject } from './idea.objects.js';
import { IdeasRepository, type StaffNoteRow, type StatusChangeRow } from './ideas.repository.js';

/** Idea.timeline and Idea.staffNotes, batched per request: one statement for a page of ideas. */
@Resolver(() => IdeaObject)
export class IdeaFieldsResolver {
  constructor(private readonly repository: IdeasRepository) {}

  @Public()
  @ResolveField(() => [IdeaStatusChangeObject], { description: 'Every status change, official response and merge, oldest first.' })
  async timeline(@Ctx() ctx: RequestContext, @Parent() idea: IdeaObject): Promise<IdeaStatusChangeObject[]> {
    const rows = await ctx
      .loader<string, StatusChangeRow[]>('ideaTimelines', async (ids) => {
        const found = await this.repository.timelines(ids);
        return ids.map((id) => found.filter((r) => r.topicId === id));
      })
      .load(idea.topicId);
    return rows.map((r) => ({ id: r.id, fromStatus: r.fromStatus as IdeaStatus, toStatus: r.toStatus as IdeaStatus, response: r.response, mergedIntoTopicId: r.mergedIntoId, createdAt: r.createdAt }));
  }

  @Allow(Permission.FeedbackManage)
  @ResolveField(() => [IdeaStaffNoteObject], { description: 'Staff only: internal notes, newest first. Asking for it without staff rights is refused (FORBIDDEN).' })
  async staffNotes(
    @Ctx() ctx: RequestContext,
    @Parent() idea: IdeaObject,
    @Args('first', { type: () => Int, nullable: true, description: 'How many, 1–50 (default 20).' }) first: number | null,
  ): Promise<IdeaStaffNoteObject[]> {
    const size = first ?? LIMITS.ideas.page.default;
    if (!Number.isInteger(size) || size < 1 || size > LIMITS.ideas.page.max) throw AppError.badInput('first', InputErrorReason.OUT_OF_RANGE, `Ask for 1 to ${LIMITS.ideas.page.max} notes.`);
    const rows = await ctx
      .loader<string, StaffNoteRow[]>(`ideaStaffNotes:${size}`, async (ids) => {
        const found = await this.repository.staffNotes(ids, size);
        return ids.map((id) => found.filter((r) => r.topicId === id));
      })
      .load(idea.topicId);
    return rows.map((r) => ({ id: r.id, authorId: r.authorId, body: r.body, createdAt: r.createdAt }));
  }
}

/** Topic.idea: the votes and status of an IDEA topic on a board, batched for a page of topics. */
@Resolver(() => TopicObject)
export class TopicIdeaFieldResolver {
  constructor(private readonly ideas: IdeasService) {}

  @Public()
  @ResolveField(() => IdeaObject, { nullable: true, description: 'Its idea (votes, status, official response) when it is an IDEA topic on an ideas board; null otherwise.' })
  idea(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<IdeaObject | null> {
    return this.ideas.ofTopic(contextOf(gql), topic);
  }
}
