import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { SessionMiddleware } from '../accounts/session.middleware.js';
import { CategoriesModule } from '../categories/categories.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TopicsModule } from '../topics/topics.module.js';
import { CalendarService } from './calendar.service.js';
import { EventAccessService } from './event-access.service.js';
import { EventAttendeeFieldsResolver, EventFieldsResolver, EventOccurrenceFieldsResolver, TopicEventFieldResolver } from './event-fields.resolver.js';
import { EventNoticesService } from './event-notices.service.js';
import { EventsController } from './events.controller.js';
import { EventsRepository } from './events.repository.js';
import { EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
import { RsvpService } from './rsvp.service.js';

/**
 * Events: `events`, `event_occurrences`, `event_rsvps`, `event_attendance` and
 * `event_reminders_sent`; the GraphQL API, the calendar feeds and the attendee export.
 */
@Module({
  imports: [AccountsModule, CategoriesModule, NotificationsModule, TopicsModule],
  controllers: [EventsController],
  providers: [
    EventsRepository,
    EventAccessService,
    EventNoticesService,
    EventsService,
    RsvpService,
    CalendarService,
    EventsResolver,
    EventFieldsResolver,
    EventOccurrenceFieldsResolver,
    EventAttendeeFieldsResolver,
    TopicEventFieldResolver,
  ],
  exports: [EventAccessService],
})
export class EventsModule implements NestModule {
  /** The single-event file and the export answer to the person's session; feeds are anonymous. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes({ path: 'events/:file', method: RequestMethod.GET }, { path: 'events/:id/attendees.csv', method: RequestMethod.GET });
  }
}
