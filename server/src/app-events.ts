import { Injectable } from '@nestjs/common';
import type { AccountEvents } from './accounts/accounts.events.js';
import type { ContestEvents } from './contests/contests.events.js';
import { DomainEventBus } from './common/domain-events.js';
import type { IdeaEvents } from './ideas/ideas.events.js';
import type { InboxEvents } from './inbox/inbox.events.js';
import type { MemberEvents } from './members/members.events.js';
import type { ModerationEvents } from './moderation/moderation.events.js';
import type { NotificationEvents } from './notifications/notifications.events.js';
import type { PollEvents } from './polls/polls.events.js';
import type { ReactionEvents } from './reactions/reactions.events.js';
import type { TopicEvents } from './topics/topics.events.js';

/**
 * Every domain event and its payload, assembled from the features that publish them. Two features
 * declaring the same event name with different payloads do not compile.
 */
export interface DomainEventMap extends AccountEvents, ContestEvents, IdeaEvents, InboxEvents, MemberEvents, ModerationEvents, NotificationEvents, PollEvents, ReactionEvents, TopicEvents {}

/** The application's event bus: services publish; the realtime gateway, sessions and others listen. */
@Injectable()
export class DomainEvents extends DomainEventBus<DomainEventMap> {}
