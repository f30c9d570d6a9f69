import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { PostEntity } from '../topics/post.entity.js';
import type { TopicEntity } from '../topics/topic.entity.js';

/** Every domain event and its payload. Services publish; the realtime gateway and others listen. */
export interface DomainEventMap {
  /** Sessions ended (sign-out, password change): their live connections must close too. */
  'sessions.revoked': { sessionIds: string[]; reason: string };
  /** A post was written (the opening post of a new topic included: then `topicCreated`). */
  'post.created': { post: PostEntity; topic: TopicEntity; topicCreated: boolean };
  /** A post's text changed. */
  'post.updated': { post: PostEntity; topic: TopicEntity };
  /** A post was deleted (soft) or restored. */
  'post.deleted': { post: PostEntity; topic: TopicEntity };
  'post.restored': { post: PostEntity; topic: TopicEntity };
  /** Reaction counts of a post changed. */
  'post.reactions': { post: PostEntity; topic: TopicEntity };
  /** A topic's state changed: pinned, locked, answer accepted, title edited. */
  'topic.updated': { topic: TopicEntity };
  /** The moderation queue changed. */
  'moderation.queue.updated': { itemId: string; status: 'OPEN' | 'RESOLVED'; kind: string; categoryId: string | null };
  /** A person's role or moderator scope changed: their live connections' staff rooms follow. */
  'staff.access.changed': { userId: string };
  /** A person was suspended: their sessions are already revoked. */
  'user.suspended': { userId: string };
  /** A notification was stored (or a grouped one grew) for a user. */
  'notification.created': { userId: string; notification: Record<string, unknown> & { id: string }; unreadCount: number };
}

/** An in-process, typed event bus. Cross-instance delivery happens where events reach sockets. */
@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  publish<K extends keyof DomainEventMap>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }

  subscribe<K extends keyof DomainEventMap>(name: K, listener: (payload: DomainEventMap[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
