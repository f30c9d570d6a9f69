import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { toConnection } from '../common/pagination.js';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { EventsService } from './events.service.js';
import {
  EventAttendeeConnection,
  EventInput,
  EventListArgs,
  EventObject,
  EventOccurrenceConnection,
  EventOccurrenceObject,
  RsvpChoice,
} from './events.objects.js';
import { RsvpService } from './rsvp.service.js';
import { EventAccessService } from './event-access.service.js';

/** Event operations: each maps its arguments to one service call. */
@Resolver()
export class EventsResolver {
  constructor(
    private readonly events: EventsService,
    private readonly rsvps: RsvpService,
    private readonly access: EventAccessService,
  ) {}

  @Public()
  @Query(() => EventOccurrenceConnection, { description: 'A page of event occurrences you may see: upcoming (soonest first) or past, optionally in a category or a window of dates (a month view).' })
  async eventOccurrences(@Ctx() ctx: RequestContext, @Args() args: EventListArgs): Promise<EventOccurrenceConnection> {
    return toConnection(await this.events.list(ctx, args), (o) => [o.startsAt.toISOString(), o.id]) as unknown as EventOccurrenceConnection;
  }

  @Public()
  @Query(() => EventObject, { description: 'One event; NOT_FOUND when it does not exist or you cannot see it.' })
  event(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The event id.' }) id: string) {
    return this.events.get(ctx, id);
  }

  @Public()
  @Query(() => EventOccurrenceObject, { description: 'One date of an event; NOT_FOUND when you cannot see the event.' })
  eventOccurrence(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The occurrence id.' }) id: string) {
    return this.access.visibleOccurrence(ctx, id);
  }

  @Allow(Permission.EventManage)
  @Query(() => EventAttendeeConnection, { description: 'Staff: who answered an occurrence: going, then the waitlist in order, then interested and not going.' })
  async eventAttendees(
    @Ctx() ctx: RequestContext,
    @Args('occurrenceId', { type: () => ID, description: 'The occurrence.' }) occurrenceId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor of the last attendee of the previous page.' }) after?: string,
  ): Promise<EventAttendeeConnection> {
    return toConnection(await this.rsvps.attendees(ctx, occurrenceId, first, after), (a) => [a.sortKey, a.userId]) as unknown as EventAttendeeConnection;
  }

  @Allow(Permission.EventManage)
  @Mutation(() => EventObject, { description: 'Creates an event, as a draft (only managers see it) or published at once with its discussion topic.' })
  createEvent(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The event.' }) input: EventInput,
    @Args('publish', { defaultValue: false, description: 'Publish at once.' }) publish: boolean,
  ) {
    return this.events.create(ctx, input, publish);
  }

  @Allow(Permission.EventManage)
  @Mutation(() => EventObject, { description: 'Replaces an event\'s details. Dates keep their answers by position in the rule; those going or waitlisted are told when the time or place changes.' })
  updateEvent(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The event.' }) id: string,
    @Args('input', { description: 'The event as it should be.' }) input: EventInput,
  ) {
    return this.events.update(ctx, id, input);
  }

  @Allow(Permission.EventManage)
  @Mutation(() => EventObject, { description: 'Publishes a draft: its audience sees it, its discussion topic is created and reminders are planned.' })
  publishEvent(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The event.' }) id: string) {
    return this.events.publish(ctx, id);
  }

  @Allow(Permission.EventManage)
  @Mutation(() => EventObject, { description: 'Cancels an event (every date); those going or waitlisted are told. Again: no change.' })
  cancelEvent(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The event.' }) id: string) {
    return this.events.cancel(ctx, id);
  }

  @Allow(Permission.EventManage)
  @Mutation(() => EventOccurrenceObject, { description: 'Cancels one date of a recurring event; those going or waitlisted for it are told.' })
  cancelEventOccurrence(@Ctx() ctx: RequestContext, @Args('occurrenceId', { type: () => ID, description: 'The occurrence.' }) occurrenceId: string) {
    return this.events.cancelOccurrence(ctx, occurrenceId);
  }

  @Allow(Permission.EventRsvp)
  @Mutation(() => EventOccurrenceObject, {
    description:
      'Answers one date of an event. GOING when it is full puts you on its waitlist (status WAITLISTED), and you are moved to GOING automatically, in order, when a place frees up. Refused after the RSVP deadline (RSVP_DEADLINE_PASSED), on a cancelled (EVENT_CANCELLED) or ended (EVENT_PAST) date.',
  })
  rsvpEvent(
    @Ctx() ctx: RequestContext,
    @Args('occurrenceId', { type: () => ID, description: 'The occurrence.' }) occurrenceId: string,
    @Args('status', { type: () => RsvpChoice, description: 'Your answer.' }) status: RsvpChoice,
  ) {
    return this.rsvps.rsvp(ctx, occurrenceId, status);
  }

  @Allow(Permission.EventManage)
  @Mutation(() => Int, { description: 'Staff: marks members who answered a date as attended (or not), once it has started; returns how many were marked.' })
  markEventAttendance(
    @Ctx() ctx: RequestContext,
    @Args('occurrenceId', { type: () => ID, description: 'The occurrence.' }) occurrenceId: string,
    @Args('userIds', { type: () => [ID], description: 'Members, 1–500.' }) userIds: string[],
    @Args('attended', { defaultValue: true, description: 'Attended (true) or did not (false).' }) attended: boolean,
  ) {
    return this.rsvps.markAttendance(ctx, occurrenceId, userIds, attended);
  }
}
