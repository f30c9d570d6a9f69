import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../accounts/accounts.service.js';
import { userLoader } from '../accounts/user.loader.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { UserObject } from '../accounts/user.object.js';
import { CategoriesService } from '../categories/categories.service.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import { CategoryObject } from '../categories/category.object.js';
import { decodeCursor, pageSize, toConnection, toPage } from '../common/pagination.js';
import { Public } from '../common/permissions.decorator.js';
import { contextOf, type GqlContext } from '../common/request-context.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { TopicObject } from '../topics/topic.objects.js';
import { TRUST_LEVELS } from '../trust/trust-settings.js';
import { UPLOADS_PATH } from '../uploads/uploads.service.js';
import { EventAccessService } from './event-access.service.js';
import { EventsRepository, type AttendeeRow, type EventRow, type OccurrenceRow } from './events.repository.js';
import { EventAttendeeObject, EventObject, EventOccurrenceConnection, EventOccurrenceObject, EventVisibility, MyRsvpObject } from './events.objects.js';
import { localText } from './schedule.js';
import { RsvpService, rsvpClosed, rsvpDeadlineOf } from './rsvp.service.js';

/** Fields of Event; the event was checked visible when it was fetched. */
@Resolver(() => EventObject)
export class EventFieldsResolver {
  constructor(
    private readonly categories: CategoriesService,
    private readonly repository: EventsRepository,
  ) {}

  @Public()
  @ResolveField(() => String, { description: 'The first start as wall-clock time in the event\'s zone (YYYY-MM-DDTHH:mm).' })
  startsAtLocal(event: EventRow): string {
    return localText(event.startsAt, event.timeZone);
  }

  @Public()
  @ResolveField(() => String, { description: 'The first end as wall-clock time in the event\'s zone.' })
  endsAtLocal(event: EventRow): string {
    return localText(event.endsAt, event.timeZone);
  }

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'The cover image\'s URL.' })
  coverUrl(event: EventRow): string | null {
    return event.coverKey ? `${UPLOADS_PATH}/${event.coverKey}` : null;
  }

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'For TRUST_LEVEL events: the lowest trust level that sees it.' })
  minTrustLevel(event: EventRow): string | null {
    return event.visibility === EventVisibility.TRUST_LEVEL ? TRUST_LEVELS[event.minTrustRank] : null;
  }

  @Public()
  @ResolveField(() => CategoryObject, { nullable: true, description: 'The category (null if you cannot read it).' })
  category(event: EventRow, _args: unknown, gql: GqlContext): Promise<CategoryEntity | null> {
    const ctx = contextOf(gql);
    return ctx.loader<string, CategoryEntity | null>('categories', (ids) => this.categories.findManyReadable(ctx, ids)).load(event.categoryId);
  }

  @Public()
  @ResolveField(() => EventOccurrenceObject, { description: 'The next date not yet ended (the last date when all have).' })
  nextOccurrence(event: EventRow, _args: unknown, gql: GqlContext): Promise<OccurrenceRow> {
    const ctx = contextOf(gql);
    return ctx
      .loader<string, OccurrenceRow>('nextOccurrence', async (ids) => {
        const rows = await this.repository.nextOccurrences(ids);
        return ids.map((id) => rows.find((o) => o.eventId === id) ?? new Error('no occurrence'));
      })
      .load(event.id)
      .then((o) => ({ ...o, event }));
  }

  @Public()
  @ResolveField(() => EventOccurrenceConnection, { description: 'Its dates in order (one for a single event).' })
  async occurrences(
    @Parent() event: EventRow,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor of the last date of the previous page.' }) after?: string,
  ) {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = await this.repository.occurrencesOf(event.id, size + 1, cursor ? [String(cursor[0]), String(cursor[1])] : null);
    const page = toPage(rows.map((o) => ({ ...o, event })), size, (o) => [o.startsAt.toISOString(), o.id]);
    return toConnection(page, (o) => [o.startsAt.toISOString(), o.id]);
  }
}

/** Fields of EventOccurrence; lists bring each occurrence's event in their own statement. */
@Resolver(() => EventOccurrenceObject)
export class EventOccurrenceFieldsResolver {
  constructor(
    private readonly access: EventAccessService,
    private readonly rsvps: RsvpService,
  ) {}

  @Public()
  @ResolveField(() => EventObject, { description: 'The event.' })
  async event(occurrence: OccurrenceRow, _args: unknown, gql: GqlContext): Promise<EventRow> {
    if (occurrence.event) return occurrence.event;
    const ctx = contextOf(gql);
    const event = await ctx.loader<string, EventRow | null>('visibleEvents', (ids) => this.access.visibleEvents(ctx, ids)).load(occurrence.eventId);
    if (!event) throw new Error('event of a visible occurrence is not visible');
    return event;
  }

  @Public()
  @ResolveField(() => String, { description: 'Start as wall-clock time in the event\'s zone (YYYY-MM-DDTHH:mm).' })
  async startsAtLocal(occurrence: OccurrenceRow, _args: unknown, gql: GqlContext): Promise<string> {
    return localText(occurrence.startsAt, (await this.event(occurrence, _args, gql)).timeZone);
  }

  @Public()
  @ResolveField(() => String, { description: 'End as wall-clock time in the event\'s zone.' })
  async endsAtLocal(occurrence: OccurrenceRow, _args: unknown, gql: GqlContext): Promise<string> {
    return localText(occurrence.endsAt, (await this.event(occurrence, _args, gql)).timeZone);
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Cancelled (this date, or the whole event).' })
  cancelled(occurrence: OccurrenceRow): boolean {
    return !!occurrence.cancelledAt || occurrence.event?.status === 'CANCELLED';
  }

  @Public()
  @ResolveField(() => Int, { nullable: true, description: 'Places left; null when there is no limit.' })
  async placesLeft(occurrence: OccurrenceRow, _args: unknown, gql: GqlContext): Promise<number | null> {
    const { capacity } = await this.event(occurrence, _args, gql);
    return capacity === null ? null : Math.max(0, capacity - occurrence.goingCount);
  }

  @Public()
  @ResolveField(() => Date, { nullable: true, description: 'When answers to this date close.' })
  async rsvpDeadline(occurrence: OccurrenceRow, _args: unknown, gql: GqlContext): Promise<Date | null> {
    return rsvpDeadlineOf(await this.event(occurrence, _args, gql), occurrence);
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Whether this date takes answers now.' })
  async rsvpOpen(occurrence: OccurrenceRow, _args: unknown, gql: GqlContext): Promise<boolean> {
    const event = await this.event(occurrence, _args, gql);
    return !!event.publishedAt && rsvpClosed(event, occurrence) === null;
  }

  @Public()
  @ResolveField(() => MyRsvpObject, { nullable: true, description: 'Your answer; null when you have not answered (or are not signed in).' })
  myRsvp(occurrence: OccurrenceRow, _args: unknown, gql: GqlContext) {
    const ctx = contextOf(gql);
    return ctx.loader<string, MyRsvpObject | null>('myRsvps', (ids) => this.rsvps.myRsvps(ctx, ids)).load(occurrence.id);
  }
}

/** The member behind an attendee row (staff only reach attendees). */
@Resolver(() => EventAttendeeObject)
export class EventAttendeeFieldsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @ResolveField(() => UserObject, { nullable: true, description: 'The member.' })
  user(attendee: AttendeeRow, _args: unknown, gql: GqlContext): Promise<UserEntity | null> {
    return userLoader(contextOf(gql), this.accounts).load(attendee.userId);
  }
}

/** The event card of an event's discussion topic. */
@Resolver(() => TopicObject)
export class TopicEventFieldResolver {
  constructor(private readonly access: EventAccessService) {}

  @Public()
  @ResolveField(() => EventObject, { nullable: true, description: 'The event this topic discusses (null for other topics, or when you cannot see the event).' })
  event(topic: TopicEntity, _args: unknown, gql: GqlContext): Promise<EventRow | null> {
    const ctx = contextOf(gql);
    return ctx.loader<string, EventRow | null>('topicEvents', (ids) => this.access.eventsOfTopics(ctx, ids)).load(topic.id);
  }
}
