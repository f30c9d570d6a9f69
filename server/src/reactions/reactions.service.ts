import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REACTIONS, type ReactionKind } from '@townsquare/shared';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { DomainEvents } from '../app-events.js';
import { transaction } from '../common/transaction.js';
import type { RequestContext } from '../common/request-context.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { PostEntity } from '../topics/post.entity.js';
import type { PostRow } from '../topics/posts.repository.js';
import { TopicAccessService, isPublicPost } from '../topics/topic-access.service.js';
import { TopicCountersRepository } from '../topics/topic-counters.repository.js';
import { ReactionsRepository } from './reactions.repository.js';
import { ReactionErrorReason } from './reactions.errors.js';

export interface ReactionCount {
  reaction: ReactionKind;
  count: number;
  reactedByMe: boolean;
}

/** Reactions: one of each kind per member per post; counts kept on the post for cheap reads. */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: ReactionsRepository,
    private readonly access: TopicAccessService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
    private readonly counters: TopicCountersRepository,
  ) {}

  async setReaction(ctx: RequestContext, postId: string, reaction: ReactionKind, on: boolean): Promise<PostEntity> {
    const me = ctx.requireUser();
    if (!REACTIONS.includes(reaction)) throw AppError.badInput('reaction', InputErrorReason.INVALID, 'Unknown reaction.');
    const { post, topic } = await this.access.readablePost(ctx, postId);
    if (post.deletedAt) throw AppError.badInput('postId', ReactionErrorReason.DELETED, 'You cannot react to a deleted post.');
    const result = await transaction(this.db, async (m) => {
      const changed = on ? await this.repository.add(m, post.id, me.id, reaction) : await this.repository.remove(m, post.id, me.id, reaction);
      if (!changed) return null; // already so: nothing changes, no event
      const delta = on ? 1 : -1;
      await this.counters.shiftPostCount(m, post.id, reaction, delta);
      // The topic counts reactions on the posts all its readers see; a hidden or held post's are
      // added when it is shown (PostsService.shiftPostCounters).
      if (isPublicPost(post)) await this.counters.shiftTopicCount(m, topic.id, delta);
      const { post: fresh, topic: freshTopic } = await this.repository.fresh(m, post.id, topic.id);
      if (on) await this.notifications.onReaction(m, { post: fresh, topic: freshTopic, actorId: me.id, reaction });
      return { fresh, freshTopic };
    });
    if (!result) return post;
    this.events.publish('post.reactions', { post: result.fresh, topic: result.freshTopic });
    return result.fresh;
  }

  /** Counts per reaction with whether the viewer gave each, for many posts at once. */
  async countsFor(ctx: RequestContext, posts: readonly PostEntity[]): Promise<ReactionCount[][]> {
    const mine = new Set<string>();
    // A topic page brings the viewer's reactions with its posts; others are looked up here.
    const unknown: PostEntity[] = [];
    for (const post of posts) {
      const given = (post as PostRow).related?.viewerReactions;
      if (given) for (const kind of given) mine.add(`${post.id}:${kind}`);
      else unknown.push(post);
    }
    if (ctx.user && unknown.length > 0) {
      const rows = await this.repository.givenBy(ctx.user.id, unknown.map((p) => p.id));
      for (const r of rows) mine.add(`${r.post_id}:${r.kind}`);
    }
    return posts.map((p) =>
      REACTIONS.filter((k) => (p.reactions[k] ?? 0) > 0).map((k) => ({ reaction: k, count: p.reactions[k] ?? 0, reactedByMe: mine.has(`${p.id}:${k}`) })),
    );
  }

  /** Who gave a reaction to a post, most recent first. */
  async reactors(ctx: RequestContext, postId: string, reaction: ReactionKind, limit: number): Promise<string[]> {
    const { post } = await this.access.readablePost(ctx, postId);
    return this.repository.reactors(post.id, reaction, Math.min(Math.max(limit, 1), 100));
  }
}
