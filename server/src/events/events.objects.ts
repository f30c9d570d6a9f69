import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '../accounts/user.object.js';
import { Connection } from '../common/pagination.js';

export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Where an event stands.',
  valuesMap: {
    DRAFT: { description: 'Being prepared: only those who manage events see it.' },
    PUBLISHED: { description: 'Visible to its audience; takes answers.' },
    CANCELLED: { description: 'Called off: still visible, takes no answers.' },
  },
});

export enum EventVisibility {
  EVERYONE = 'EVERYONE',
  MEMBERS = 'MEMBERS',
  TRUST_LEVEL = 'TRUST_LEVEL',
  STAFF = 'STAFF',
}
registerEnumType(EventVisibility, {
  name: 'EventVisibility',
  description: 'Who sees a published event, among those who may read its category.',
  valuesMap: {
    EVERYONE: { description: 'Everyone who reads the category, guests included; the only kind listed in the public calendar feeds.' },
    MEMBERS: { description: 'Signed-in members.' },
    TRUST_LEVEL: { description: 'Members at `minTrustLevel` or above, and staff.' },
    STAFF: { description: 'Moderators, community managers and admins.' },
  },
});

export enum RsvpStatus {
  GOING = 'GOING',
  WAITLISTED = 'WAITLISTED',
  INTERESTED = 'INTERESTED',
  NOT_GOING = 'NOT_GOING',
}
registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  description: 'A member\'s answer to one occurrence of an event.',
  valuesMap: {
    GOING: { description: 'Has a place.' },
    WAITLISTED: { description: 'Answered GOING when the event was full: waits in order for a place and is moved to GOING automatically.' },
    INTERESTED: { description: 'Interested, no place taken.' },
    NOT_GOING: { description: 'Not going.' },
  },
});

export enum RsvpChoice {
  GOING = 'GOING',
  INTERESTED = 'INTERESTED',
  NOT_GOING = 'NOT_GOING',
}
registerEnumType(RsvpChoice, {
  name: 'RsvpChoice',
  description: 'What a member answers; GOING on a full event puts them on its waitlist.',
  valuesMap: {
    GOING: { description: 'Take a place (or a waitlist place when it is full).' },
    INTERESTED: { description: 'Interested; gives up a place or waitlist place held.' },
    NOT_GOING: { description: 'Not going; gives up a place or waitlist place held.' },
  },
});

export enum EventRange {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(EventRange, {
  name: 'EventRange',
  description: 'Which occurrences a list holds.',
  valuesMap: {
    UPCOMING: { description: 'Not yet ended, soonest first.' },
    PAST: { description: 'Ended, most recent first.' },
  },
});

@ObjectType('Event', { description: 'A meetup, webinar or any happening of the community, with its own discussion topic. One or more occurrences (dates) when it recurs.' })
export class EventObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field({ description: 'Title, 5–200 characters.' })
  title: string;

  @Field({ description: 'Description in Markdown.' })
  description: string;

  @Field({ description: 'The description rendered to safe HTML (the posts\' renderer).' })
  descriptionHtml: string;

  @Field({ description: 'The IANA time zone the event is planned in, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field({ description: 'Start of the first occurrence (UTC instant).' })
  startsAt: Date;

  @Field({ description: 'End of the first occurrence (UTC instant).' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place, if anywhere physical.' })
  location: string | null;

  @Field(() => String, { nullable: true, description: 'The online link (http or https), if any.' })
  onlineUrl: string | null;

  @Field(() => ID, { nullable: true, description: 'The uploaded cover image.' })
  coverUploadId: string | null;

  @Field(() => ID, { description: 'The category its discussion lives in.' })
  categoryId: string;

  @Field(() => ID, { nullable: true, description: 'Its discussion topic (created when it is published); null for drafts.' })
  topicId: string | null;

  @Field(() => Int, { nullable: true, description: 'Places per occurrence; null for no limit.' })
  capacity: number | null;

  @Field(() => Date, { nullable: true, description: 'When answers close for the first occurrence; later occurrences close as long before their start.' })
  rsvpDeadline: Date | null;

  @Field(() => EventVisibility, { description: 'Who sees it.' })
  visibility: EventVisibility;

  @Field(() => EventStatus, { description: 'Draft, published or cancelled.' })
  status: EventStatus;

  @Field(() => String, { nullable: true, description: 'The RFC 5545 recurrence rule (RRULE value, ending by COUNT or UNTIL); null for a single event.' })
  recurrenceRule: string | null;

  @Field(() => [Date], { description: 'Starts left out of the rule (EXDATE).' })
  exceptDates: Date[];

  @Field(() => [Int], { description: 'Reminders, in minutes before each start.' })
  reminderMinutes: number[];

  @Field(() => Date, { nullable: true, description: 'When it was first published.' })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null;
}

@ObjectType('MyRsvp', { description: 'Your answer to an occurrence.' })
export class MyRsvpObject {
  @Field(() => RsvpStatus, { description: 'Your answer.' })
  status: RsvpStatus;

  @Field(() => Int, { nullable: true, description: 'Your place in the waitlist (1 is next), when waitlisted.' })
  waitlistPosition: number | null;
}

@ObjectType('EventOccurrence', { description: 'One date of an event: what members answer and attend.' })
export class EventOccurrenceObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field({ description: 'Start (UTC instant).' })
  startsAt: Date;

  @Field({ description: 'End (UTC instant).' })
  endsAt: Date;

  @Field(() => Int, { description: 'Members going.' })
  goingCount: number;

  @Field(() => Int, { description: 'Members on the waitlist.' })
  waitlistCount: number;
}

@ObjectType('EventAttendee', { description: 'A member who answered an occurrence, as staff see them.' })
export class EventAttendeeObject {
  @Field(() => UserObject, { nullable: true, description: 'The member.' })
  user: unknown;

  @Field(() => RsvpStatus, { description: 'Their answer.' })
  status: RsvpStatus;

  @Field(() => Int, { nullable: true, description: 'Their place in the waitlist, when waitlisted.' })
  waitlistPosition: number | null;

  @Field({ description: 'When they last answered.' })
  respondedAt: Date;

  @Field(() => Boolean, { nullable: true, description: 'Whether staff marked them as attended (null: not marked).' })
  attended: boolean | null;
}

export const EventOccurrenceConnection = Connection(EventOccurrenceObject, 'EventOccurrence', 'event occurrence');
export type EventOccurrenceConnection = InstanceType<typeof EventOccurrenceConnection>;
export const EventAttendeeConnection = Connection(EventAttendeeObject, 'EventAttendee', 'attendee');
export type EventAttendeeConnection = InstanceType<typeof EventAttendeeConnection>;

@ArgsType()
export class EventListArgs {
  @Field(() => EventRange, { defaultValue: EventRange.UPCOMING, description: 'Upcoming (soonest first) or past (latest first).' })
  range: EventRange;

  @Field(() => ID, { nullable: true, description: 'Only events of this category.' })
  categoryId?: string;

  @Field(() => Date, { nullable: true, description: 'Only occurrences starting at or after this instant (a month view); with `to`, at most 62 days.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only occurrences starting before this instant.' })
  to?: Date;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–50 (default 20).' })
  first?: number;

  @Field({ nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string;
}

@InputType({ description: 'An event as its manager writes it. Times are wall-clock times in `timeZone`.' })
export class EventInput {
  @Field(() => ID, { description: 'The category of its discussion topic; you need to be able to post there.' })
  categoryId: string;

  @Field({ description: 'Title, 5–200 characters.' })
  title: string;

  @Field({ description: 'Description in Markdown, 1–20,000 characters; also the opening post of its discussion.' })
  description: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field({ description: 'Start as wall-clock time in the zone: YYYY-MM-DDTHH:mm.' })
  startsAtLocal: string;

  @Field({ description: 'End as wall-clock time in the zone: YYYY-MM-DDTHH:mm; after the start, at most 14 days later.' })
  endsAtLocal: string;

  @Field(() => String, { nullable: true, description: 'Where, up to 300 characters.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Online link: http or https, up to 2,000 characters.' })
  onlineUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'An uploaded image for the cover.' })
  coverUploadId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Places per occurrence, 1–100,000; none for no limit.' })
  capacity?: number | null;

  @Field(() => Date, { nullable: true, description: 'When answers close (before the first start).' })
  rsvpDeadline?: Date | null;

  @Field(() => EventVisibility, { defaultValue: EventVisibility.EVERYONE, description: 'Who sees it.' })
  visibility: EventVisibility;

  @Field(() => String, { nullable: true, description: 'For TRUST_LEVEL: NEW, BASIC, MEMBER, REGULAR or LEADER.' })
  minTrustLevel?: string | null;

  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE value (DAILY, WEEKLY, MONTHLY or YEARLY) that ends by COUNT or UNTIL, at most 200 dates.' })
  recurrenceRule?: string | null;

  @Field(() => [Date], { nullable: true, description: 'Starts to leave out of the rule (EXDATE), as instants.' })
  exceptDates?: Date[] | null;

  @Field(() => [Int], { nullable: true, description: 'Reminders in minutes before each start (default 1440 and 60), up to 5, each 5 minutes to 14 days.' })
  reminderMinutes?: number[] | null;
}
