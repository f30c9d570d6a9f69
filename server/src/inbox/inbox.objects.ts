import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '../accounts/user.object.js';
import { Connection } from '../common/pagination.js';
import type { PostEntity } from '../topics/post.entity.js';
import type { TopicEntity } from '../topics/topic.entity.js';

export enum InboxReason {
  UNANSWERED = 'UNANSWERED',
  FOLLOW_UP = 'FOLLOW_UP',
  SENT = 'SENT',
}
registerEnumType(InboxReason, {
  name: 'InboxReason',
  description: 'Why a topic waits for the team.',
  valuesMap: {
    UNANSWERED: { description: 'A member\'s question or idea with no reply from the team and no accepted answer.' },
    FOLLOW_UP: { description: 'A member replied after the team\'s last reply.' },
    SENT: { description: 'Staff sent the topic to the inbox by hand.' },
  },
});

export enum InboxItemState {
  ON_TIME = 'ON_TIME',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}
registerEnumType(InboxItemState, {
  name: 'InboxItemState',
  description: 'Where an item stands against the reply target, counted in business hours.',
  valuesMap: {
    ON_TIME: { description: 'More than a quarter of the target (and more than a minute) is left.' },
    DUE_SOON: { description: 'About to cross the target: a quarter of it or a minute left, whichever is more.' },
    OVERDUE: { description: 'Waited longer than the target.' },
  },
});

@ObjectType('InboxItem', { description: 'A topic waiting for an answer from the team. Staff only.' })
export class InboxItemObject {
  /** The topic, as the staff member may read it. */
  topic: TopicEntity;

  @Field(() => ID, { description: 'The topic\'s id (items are addressed by their topic).' })
  topicId: string;

  @Field(() => InboxReason, { description: 'Why it waits.' })
  reason: InboxReason;

  @Field({ description: 'Since when it waits: the question, the member\'s follow-up, or when staff sent it.' })
  waitingSince: Date;

  waitingPostId: string | null;

  /** The cursor's key: `waitingSince` at full precision. */
  waitingKey: string;

  @Field(() => Date, { nullable: true, description: 'When it crosses the reply target (business hours); null when the hours never reach it.' })
  dueAt: Date | null;

  @Field(() => Int, { description: 'How long it has waited so far, in business-hours seconds.' })
  waitedSeconds: number;

  @Field(() => InboxItemState, { description: 'Where it stands against the target now.' })
  state: InboxItemState;

  claimedById: string | null;

  @Field(() => Date, { nullable: true, description: 'While claimed: when the claim lapses and anyone may take it.' })
  claimedUntil: Date | null;

  /** Loaded by the field resolver. */
  waitingPost?: PostEntity | null;
  claimedBy?: UserObject | null;
}

export const InboxItemConnection = Connection(InboxItemObject, 'InboxItem', 'inbox item');
export type InboxItemConnection = InstanceType<typeof InboxItemConnection>;

@ObjectType('BusinessPeriod', { description: 'An open period of one weekday, in the hours\' time zone.' })
export class BusinessPeriodObject {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  day: number;

  @Field({ description: 'Opens at, HH:MM.' })
  start: string;

  @Field({ description: 'Closes at, HH:MM (24:00 for midnight).' })
  end: string;
}

@ObjectType('BusinessHours', { description: 'When the team answers: weekly open periods in one time zone, with holidays off.' })
export class BusinessHoursObject {
  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => [BusinessPeriodObject], { description: 'Open periods, by weekday.' })
  week: BusinessPeriodObject[];

  @Field(() => [String], { description: 'Days off, as local dates YYYY-MM-DD.' })
  holidays: string[];
}

@ObjectType('InboxSettings', { description: 'The reply target and the business hours it is counted in.' })
export class InboxSettingsObject {
  @Field(() => Int, { description: 'The reply target, in business-hours minutes (1–10,080).' })
  targetMinutes: number;

  @Field(() => Int, { description: 'How long a claim holds before anyone may take the item (1–1,440 minutes).' })
  claimMinutes: number;

  @Field(() => BusinessHoursObject, { description: 'The business hours; around the clock in UTC until set.' })
  businessHours: BusinessHoursObject;
}

@ObjectType('InboxSummary', { description: 'The inbox at a glance, for the staff member asking (their categories only, when scoped).' })
export class InboxSummaryObject {
  @Field(() => Int, { description: 'Items waiting.' })
  open: number;

  @Field(() => Int, { description: 'Items you claimed.' })
  mine: number;

  @Field(() => Int, { description: 'Items nobody holds.' })
  unclaimed: number;

  @Field(() => Int, { description: 'Items past the target now.' })
  overdue: number;

  @Field(() => Int, { description: 'The reply target, in business-hours minutes.' })
  targetMinutes: number;

  @Field({ description: 'Whether it is within business hours now (waits grow only then).' })
  withinHours: boolean;

  @Field(() => Date, { nullable: true, description: 'When that next changes; null when never (open around the clock).' })
  hoursChangeAt: Date | null;

  @Field({ description: 'Whether you are on duty (told when items cross the target).' })
  viewerOnDuty: boolean;

  onDutyIds: string[];
}

@InputType('BusinessPeriodInput', { description: 'An open period of one weekday.' })
export class BusinessPeriodInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  day: number;

  @Field({ description: 'HH:MM.' })
  start: string;

  @Field({ description: 'HH:MM, after start; 24:00 for midnight.' })
  end: string;
}

@InputType('UpdateInboxSettingsInput', { description: 'The reply target, claim time and business hours; all are replaced.' })
export class UpdateInboxSettingsInput {
  @Field(() => Int, { description: 'Reply target in business-hours minutes, 1–10,080.' })
  targetMinutes: number;

  @Field(() => Int, { description: 'Claim time in minutes, 1–1,440.' })
  claimMinutes: number;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin (UNKNOWN_TIME_ZONE otherwise).' })
  timeZone: string;

  @Field(() => [BusinessPeriodInput], { description: 'Open periods, 1–28, not overlapping within a day (OVERLAPPING_HOURS, EMPTY_HOURS).' })
  week: BusinessPeriodInput[];

  @Field(() => [String], { description: 'Days off as YYYY-MM-DD, up to 366 (INVALID_DATE).' })
  holidays: string[];
}

@InputType('InboxFilterInput', { description: 'Which open items.' })
export class InboxFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this category.' })
  categoryId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only items you claimed.' })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only items nobody holds.' })
  unclaimed?: boolean | null;
}
