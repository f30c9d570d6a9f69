import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CategoryEntity } from '../categories/category.entity.js';
import { DomainEvents } from '../app-events.js';
import { afterCommit } from '../common/transaction.js';
import { NotificationsService, type PostCreatedFacts } from '../notifications/notifications.service.js';
import { PostComposer } from './post-composer.js';
import { PostEntity } from './post.entity.js';
import type { TopicEntity } from './topic.entity.js';

/**
 * Publishing a post: the moment every reader may see it. A post written unheld is published as it
 * is written; one held for approval when a moderator approves it, and then exactly as if it had
 * just been written: the same notifications (mentions, quotes, the person answered, watchers) in
 * the caller's transaction, and the same live event once that commits.
 */
@Injectable()
export class PostPublisher {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
    private readonly composer: PostComposer,
  ) {}

  /** Inside the transaction that makes the post visible: its notifications now, its live event after commit. */
  async publish(m: EntityManager, facts: PostCreatedFacts): Promise<void> {
    await this.notifications.onPostCreated(m, facts);
    afterCommit(m, () => this.events.publish('post.created', { post: facts.post, topic: facts.topic, topicCreated: facts.topicCreated }));
  }

  /**
   * Inside the approving transaction: a held post, as approved, published. What it says is read from
   * its text as stored now (the author may have edited it while it waited), whom it answers from
   * the post it replies to. The caller publishes only on the change from held to approved, so
   * that a retried or raced approval notifies nobody twice.
   */
  async publishApproved(m: EntityManager, approved: { post: PostEntity; topic: TopicEntity; category: CategoryEntity }): Promise<void> {
    const { post, topic, category } = approved;
    const said = await this.composer.references(post.body);
    const repliedTo = post.replyToPostId ? await m.findOneBy(PostEntity, { id: post.replyToPostId }) : null;
    await this.publish(m, {
      post,
      topic,
      category,
      mentions: said.mentions,
      quotedPostIds: said.quotedPostIds,
      topicCreated: post.postNumber === 1,
      replyToAuthorId: repliedTo?.authorId ?? null,
    });
  }
}
