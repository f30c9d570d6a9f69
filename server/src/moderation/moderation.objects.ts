import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

export enum FlagTargetType {
  POST = 'POST',
  TOPIC = 'TOPIC',
  USER = 'USER',
}
registerEnumType(FlagTargetType, {
  name: 'FlagTargetType',
  description: 'What a flag or queue item is about.',
  valuesMap: { POST: { description: 'A post.' }, TOPIC: { description: 'A topic.' }, USER: { description: 'A member.' } },
});

export enum FlagReasonEnum {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  OFF_TOPIC = 'OFF_TOPIC',
  ILLEGAL = 'ILLEGAL',
  OTHER = 'OTHER',
}
registerEnumType(FlagReasonEnum, {
  name: 'FlagReason',
  description: 'Why something was flagged.',
  valuesMap: {
    SPAM: { description: 'Advertising or junk.' },
    OFFENSIVE: { description: 'Rude, hostile or abusive.' },
    OFF_TOPIC: { description: 'Does not belong here.' },
    ILLEGAL: { description: 'Breaks the law.' },
    OTHER: { description: 'Something else: the note says what.' },
  },
});

export enum FlagDecisionEnum {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
  IGNORE = 'IGNORE',
}
registerEnumType(FlagDecisionEnum, {
  name: 'FlagDecision',
  description: 'A moderator\'s verdict on the flags of one item.',
  valuesMap: {
    AGREE: { description: 'The flags are right (raises the flaggers\' weight); act on the content.' },
    DISAGREE: { description: 'The flags are wrong (lowers their weight); a hidden post is restored.' },
    IGNORE: { description: 'Close the item without a verdict.' },
  },
});

export enum ContentActionEnum {
  HIDE = 'HIDE',
  DELETE = 'DELETE',
  NONE = 'NONE',
}
registerEnumType(ContentActionEnum, {
  name: 'ContentAction',
  description: 'What happens to flagged content when the flags are agreed with.',
  valuesMap: { HIDE: { description: 'Hide it (restorable).' }, DELETE: { description: 'Delete it (restorable by staff).' }, NONE: { description: 'Leave it.' } },
});

export enum AuthorActionEnum {
  NONE = 'NONE',
  WARN = 'WARN',
  SILENCE = 'SILENCE',
  SUSPEND = 'SUSPEND',
}
registerEnumType(AuthorActionEnum, {
  name: 'AuthorAction',
  description: 'With AGREE: what also happens to the author of the content (or the flagged member).',
  valuesMap: {
    NONE: { description: 'Nothing more.' },
    WARN: { description: 'A private warning with the reason, on their record.' },
    SILENCE: { description: 'Read-only until authorActionUntil.' },
    SUSPEND: { description: 'Cannot sign in until authorActionUntil, or indefinitely; their sessions end at once.' },
  },
});

export enum QueueStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(QueueStatus, {
  name: 'QueueStatus',
  description: 'Whether a queue item waits for a moderator.',
  valuesMap: { OPEN: { description: 'Waiting.' }, RESOLVED: { description: 'Dealt with.' } },
});

@ObjectType('Flag', { description: 'One member\'s flag on a post, topic or member.' })
export class FlagObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field(() => FlagReasonEnum, { description: 'Why.' })
  reason: FlagReasonEnum;

  @Field(() => String, { nullable: true, description: 'The flagger\'s note.' })
  note: string | null;

  @Field(() => Float, { description: 'Its weight, from the flagger\'s record.' })
  weight: number;

  @Field({ description: 'OPEN, AGREED, DISAGREED or IGNORED.' })
  status: string;

  @Field({ description: 'When it was raised.' })
  createdAt: Date;

  @Field(() => FlagTargetType, { description: 'What it is about.' })
  targetType: FlagTargetType;

  @Field(() => ID, { description: 'The id of the post, topic or member flagged.' })
  targetId: string;

  @Field(() => ID, { description: 'The queue item it belongs to.' })
  itemId: string;
}

export const FlagConnection = Connection(FlagObject, 'Flag', 'flag');
export type FlagConnection = InstanceType<typeof FlagConnection>;

export enum FlagDirection {
  RECEIVED = 'RECEIVED',
  GIVEN = 'GIVEN',
}
registerEnumType(FlagDirection, {
  name: 'FlagDirection',
  description: 'Which of a member\'s flags.',
  valuesMap: {
    RECEIVED: { description: 'Flags on their posts, their topics or them.' },
    GIVEN: { description: 'Flags they raised.' },
  },
});

@ObjectType('ModerationItem', { description: 'One thing in the moderation queue: flagged content or a post awaiting approval.' })
export class ModerationItemObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field({ description: 'FLAGGED, PENDING_POST or JOIN_REQUEST.' })
  kind: string;

  @Field(() => FlagTargetType, { description: 'What it is about.' })
  targetType: FlagTargetType;

  @Field(() => ID, { description: 'The id of the post, topic or member.' })
  targetId: string;

  @Field(() => ID, { nullable: true, description: 'The category of the content, if any.' })
  categoryId: string | null;

  @Field(() => QueueStatus, { description: 'Open or resolved.' })
  status: QueueStatus;

  @Field(() => Float, { description: 'The open flags\' total weight.' })
  flagWeight: number;

  @Field(() => String, { nullable: true, description: 'How it was resolved.' })
  resolution: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  resolvedAt: Date | null;

  @Field({ description: 'When it entered the queue.' })
  createdAt: Date;
}

export const ModerationItemConnection = Connection(ModerationItemObject, 'ModerationItem', 'queue item');
export type ModerationItemConnection = InstanceType<typeof ModerationItemConnection>;

@ObjectType('ModerationSummary', { description: 'What needs attention now.' })
export class ModerationSummaryObject {
  @Field(() => Int, { description: 'Open items you may act on.' })
  openCount: number;

  @Field(() => Date, { nullable: true, description: 'When the oldest of them arrived.' })
  oldestOpenAt: Date | null;
}

@InputType({ description: 'A flag.' })
export class FlagInput {
  @Field(() => FlagTargetType, { description: 'What you flag.' })
  targetType: FlagTargetType;

  @Field(() => ID, { description: 'Its id.' })
  targetId: string;

  @Field(() => FlagReasonEnum, { description: 'Why.' })
  reason: FlagReasonEnum;

  @Field({ nullable: true, description: 'A note for the moderators (required for OTHER), up to 1,000 characters.' })
  note?: string;
}

@InputType({ description: 'A verdict on a flagged item.' })
export class ResolveFlagsInput {
  @Field(() => ID, { description: 'The queue item.' })
  itemId: string;

  @Field(() => FlagDecisionEnum, { description: 'The verdict.' })
  decision: FlagDecisionEnum;

  @Field(() => ContentActionEnum, { defaultValue: ContentActionEnum.HIDE, description: 'For AGREE: what happens to the content.' })
  contentAction: ContentActionEnum;

  @Field({ nullable: true, description: 'The reason shown to the author and in the audit log (required with an author action).' })
  reason?: string;

  @Field(() => AuthorActionEnum, { defaultValue: AuthorActionEnum.NONE, description: 'For AGREE: also warn, silence or suspend the author (unscoped staff only).' })
  authorAction: AuthorActionEnum;

  @Field(() => Date, { nullable: true, description: 'Until when a silence or suspension lasts (a silence needs it; a suspension without it is indefinite).' })
  authorActionUntil?: Date;
}

@ObjectType('FlagResult', { description: 'What a flag did.' })
export class FlagResultObject {
  @Field(() => ID, { description: 'The flag.' })
  id: string;

  @Field(() => ID, { description: 'The queue item it joined.' })
  itemId: string;

  @Field({ description: 'Whether the flags together hid the post pending review.' })
  hidden: boolean;
}
