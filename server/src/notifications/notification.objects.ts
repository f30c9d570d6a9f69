import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

export enum NotificationKind {
  REPLY = 'REPLY',
  MENTION = 'MENTION',
  QUOTE = 'QUOTE',
  REACTION = 'REACTION',
  ACCEPTED_ANSWER = 'ACCEPTED_ANSWER',
  OFFICIAL_REPLY = 'OFFICIAL_REPLY',
  WATCHED_POST = 'WATCHED_POST',
  NEW_TOPIC = 'NEW_TOPIC',
  STAFF_WARNING = 'STAFF_WARNING',
  POST_HIDDEN = 'POST_HIDDEN',
  CONTEST_WON = 'CONTEST_WON',
  EVENT_PROMOTED = 'EVENT_PROMOTED',
  EVENT_REMINDER = 'EVENT_REMINDER',
  EVENT_CHANGED = 'EVENT_CHANGED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  IDEA_STATUS = 'IDEA_STATUS',
  INBOX_OVERDUE = 'INBOX_OVERDUE',
  FLAG_OUTCOME = 'FLAG_OUTCOME',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Why you were notified.',
  valuesMap: {
    REPLY: { description: 'Someone replied to your post or topic.' },
    MENTION: { description: 'Someone mentioned you with @handle.' },
    QUOTE: { description: 'Someone quoted your post.' },
    REACTION: { description: 'Members reacted to your post (grouped while unread).' },
    ACCEPTED_ANSWER: { description: 'Your reply was accepted as the answer.' },
    OFFICIAL_REPLY: { description: 'The team answered your question officially.' },
    WATCHED_POST: { description: 'A new reply in a topic you watch.' },
    NEW_TOPIC: { description: 'A new topic in a category you watch.' },
    STAFF_WARNING: { description: 'Staff warned you; the reason says why.' },
    POST_HIDDEN: { description: 'Your post was hidden pending review (flags) or by staff; the reason says why.' },
    CONTEST_WON: { description: 'Your contest entry won; the post is your entry in the contest\'s topic.' },
    EVENT_PROMOTED: { description: 'A place freed up at an event you were waitlisted for: you are now going.' },
    EVENT_REMINDER: { description: 'An event you are going to starts soon.' },
    EVENT_CHANGED: { description: 'The time or place of an event you are going to (or waitlisted for) changed.' },
    EVENT_CANCELLED: { description: 'An event (or one date of it) you were going to or waitlisted for was cancelled.' },
    IDEA_STATUS: { description: 'An idea you voted for or watch changed status or got an official response; `ideaStatus` says which status it has now.' },
    INBOX_OVERDUE: { description: 'Staff on duty: a topic in the reply inbox waited longer than the reply target (business hours).' },
    FLAG_OUTCOME: { description: 'The moderators decided on something you flagged; `flagOutcome` says what they decided (the moderator is not named).' },
  },
});

/** What the moderators decided on a flag, as its flagger is told. */
export enum FlagOutcome {
  CONTENT_REMOVED = 'CONTENT_REMOVED',
  AGREED = 'AGREED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(FlagOutcome, {
  name: 'FlagOutcome',
  description: 'What the moderators decided on something you flagged.',
  valuesMap: {
    CONTENT_REMOVED: { description: 'The post or topic you flagged is out of readers\' sight: hidden or removed.' },
    AGREED: { description: 'They agreed and the content stays: they acted on its author, or you flagged a member.' },
    DISMISSED: { description: 'They did not act on it: the content stays up.' },
  },
});

export enum WatchLevel {
  WATCHING = 'WATCHING',
  TRACKING = 'TRACKING',
  MUTED = 'MUTED',
}
registerEnumType(WatchLevel, {
  name: 'WatchLevel',
  description: 'How closely you follow a topic or category.',
  valuesMap: {
    WATCHING: { description: 'Notify me of every new post (and, for categories, every new topic).' },
    TRACKING: { description: 'Notify me only when someone replies to me, mentions or quotes me (the default).' },
    MUTED: { description: 'Never notify me about it.' },
  },
});

export enum WatchTarget {
  TOPIC = 'TOPIC',
  CATEGORY = 'CATEGORY',
}
registerEnumType(WatchTarget, {
  name: 'WatchTarget',
  description: 'What a watch level applies to.',
  valuesMap: { TOPIC: { description: 'A topic.' }, CATEGORY: { description: 'A category.' } },
});

@ObjectType('NotificationActor', { description: 'Who caused a notification, as they were named when it happened.' })
export class NotificationActorObject {
  @Field({ description: 'Their handle, for a link to their profile.' })
  handle: string;

  @Field({ description: 'Their display name.' })
  displayName: string;
}

@ObjectType('Notification', { description: 'Something that happened that concerns you.' })
export class NotificationObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field(() => NotificationKind, { description: 'Why you were notified.' })
  kind: NotificationKind;

  @Field(() => ID, { nullable: true, description: 'The topic concerned.' })
  topicId: string | null;

  @Field(() => ID, { nullable: true, description: 'The post concerned.' })
  postId: string | null;

  @Field(() => Int, { nullable: true, description: 'The post number concerned, to link to it.' })
  postNumber: number | null;

  @Field(() => String, { nullable: true, description: 'The topic title when the notification was made.' })
  topicTitle: string | null;

  @Field(() => Int, { description: 'How many people it gathers (reactions are grouped while unread).' })
  actorCount: number;

  @Field(() => NotificationActorObject, {
    nullable: true,
    description: 'Who did it (for grouped reactions: the latest); null when the brand or the moderators speak, or for older notifications.',
  })
  actor: NotificationActorObject | null;

  @Field({ description: 'Whether it came from a post written as the brand (the person behind it is not named).' })
  byBrand: boolean;

  @Field(() => String, { nullable: true, description: 'For reactions: the latest reaction given.' })
  reaction: string | null;

  @Field(() => String, { nullable: true, description: 'For warnings and hidden posts: the reason staff gave.' })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'For event notifications: the event.' })
  eventId: string | null;

  @Field(() => ID, { nullable: true, description: 'For event notifications: the occurrence (date) concerned.' })
  eventOccurrenceId: string | null;

  @Field(() => String, { nullable: true, description: 'For event notifications: the event title when the notification was made.' })
  eventTitle: string | null;

  @Field(() => Date, { nullable: true, description: 'For event notifications: when the occurrence starts (as of the notification).' })
  eventStartsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'For IDEA_STATUS: the idea\'s status after the change (an IdeaStatus value).' })
  ideaStatus: string | null;

  @Field(() => ID, { nullable: true, description: 'For IDEA_STATUS when the idea was merged as a duplicate: the topic of the idea it was merged into.' })
  ideaMergedIntoTopicId: string | null;

  @Field(() => FlagOutcome, { nullable: true, description: 'For FLAG_OUTCOME: what the moderators decided.' })
  flagOutcome: FlagOutcome | null;

  @Field({ description: 'Whether you have read it.' })
  read: boolean;

  @Field({ description: 'When it first happened.' })
  createdAt: Date;

  @Field({ description: 'When it last changed (a grouped notification gains actors).' })
  updatedAt: Date;
}

export const NotificationConnection = Connection(NotificationObject, 'Notification', 'notification');
export type NotificationConnection = InstanceType<typeof NotificationConnection>;
