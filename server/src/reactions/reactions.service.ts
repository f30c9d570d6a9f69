import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REACTIONS, type ReactionKind } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';
import { DomainEvents } from '../common/domain-events.js';
import { returningRows, transaction } from '../common/transaction.js';
import type { RequestContext } from '../common/request-context.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PostEntity } from '../topics/post.entity.js';
import type { PostRow } from '../topics/posts.repository.js';
import { TopicEntity } from '../topics/topic.entity.js';
import { TopicAccessService, isPublicPost } from '../topics/topic-access.service.js';

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
    private readonly access: TopicAccessService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
  ) {}

  async setReaction(ctx: RequestContext, postId: string, reaction: ReactionKind, on: boolean): Promise<PostEntity> {
    const me = ctx.requireUser();
    if (!REACTIONS.includes(reaction)) throw AppError.badInput('reaction', 'INVALID', 'Unknown reaction.');
    const { post, topic } = await this.access.readablePost(ctx, postId);
    if (post.deletedAt) throw AppError.badInput('postId', 'DELETED', 'You cannot react to a deleted post.');
    const result = await transaction(this.db, async (m) => {
      const changed = on
        ? await returningRows(m, `INSERT INTO reactions (post_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`, [post.id, me.id, reaction])
        : await returningRows(m, `DELETE FROM reactions WHERE post_id = $1 AND user_id = $2 AND kind = $3 RETURNING 1`, [post.id, me.id, reaction]);
      if (changed.length === 0) return null; // already so: nothing changes, no event
      const delta = on ? 1 : -1;
      await m.query(
        `UPDATE posts SET reactions = jsonb_set(reactions, ARRAY[$2::text], to_jsonb(greatest(0, coalesce((reactions->>$2)::int, 0) + $3)))
         WHERE id = $1`,
        [post.id, reaction, delta],
      );
      // The topic counts reactions on the posts all its readers see; a hidden or held post's are
      // added when it is shown (PostsService.shiftPostCounters).
      if (isPublicPost(post)) {
        await m.query(
          `UPDATE topics SET reaction_count = greatest(0, reaction_count + $2),
             hot_score = log(greatest(1, reply_count + 2 * greatest(0, reaction_count + $2) + 1)) + extract(epoch from created_at) / 45000.0
           WHERE id = $1`,
          [topic.id, delta],
        );
      }
      const fresh = await m.findOneByOrFail(PostEntity, { id: post.id });
      const freshTopic = await m.findOneByOrFail(TopicEntity, { id: topic.id });
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
      const rows: Array<{ post_id: string; kind: string }> = await this.db.query(
        `SELECT post_id, kind FROM reactions WHERE user_id = $1 AND post_id = ANY($2::uuid[])`,
        [ctx.user.id, unknown.map((p) => p.id)],
      );
      for (const r of rows) mine.add(`${r.post_id}:${r.kind}`);
    }
    return posts.map((p) =>
      REACTIONS.filter((k) => (p.reactions[k] ?? 0) > 0).map((k) => ({ reaction: k, count: p.reactions[k] ?? 0, reactedByMe: mine.has(`${p.id}:${k}`) })),
    );
  }

  /** Who gave a reaction to a post, most recent first. */
  async reactors(ctx: RequestContext, postId: string, reaction: ReactionKind, limit: number): Promise<string[]> {
    const { post } = await this.access.readablePost(ctx, postId);
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT user_id FROM reactions WHERE post_id = $1 AND kind = $2 ORDER BY created_at DESC LIMIT $3`,
      [post.id, reaction, Math.min(Math.max(limit, 1), 100)],
    );
    return rows.map((r) => r.user_id);
  }
}
