import { Injectable } from '@nestjs/common';
import ical, { ICalEventStatus } from 'ical-generator';
import { CategoriesService } from '../categories/categories.service.js';
import { RequestContext } from '../common/request-context.js';
import { EventAccessService } from './event-access.service.js';
import { eventNotFound } from './events.errors.js';
import { EventsRepository, type EventRow, type OccurrenceRow } from './events.repository.js';
import { EventStatus } from './events.objects.js';

/** Feeds hold occurrences that ended at most this long ago, and at most this many. */
const FEED_PAST_DAYS = 30;
const FEED_MAX = 500;

/**
 * iCalendar feeds. Feeds are anonymous (calendar clients send no session): they list only events
 * a guest may see — published, visibility EVERYONE, in a category guests read. A single event's
 * file ("add to calendar") is served to whoever may see that event, with their session. Each
 * occurrence is its own VEVENT in UTC, so cancelled dates and daylight-saving changes need no
 * time-zone tables in the client.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly repository: EventsRepository,
    private readonly categories: CategoriesService,
    private readonly access: EventAccessService,
  ) {}

  async feed(origin: string, categorySlug: string | null): Promise<string> {
    const guest = RequestContext.guest();
    const readable = await this.categories.readableIds(guest);
    let categoryId: string | null = null;
    let name = 'Events';
    if (categorySlug !== null) {
      const category = await this.categories.getReadableBySlug(guest, categorySlug).catch(() => null);
      if (!category) throw eventNotFound();
      categoryId = category.id;
      name = `Events: ${category.name}`;
    }
    const rows = await this.repository.feed(readable, categoryId, new Date(Date.now() - FEED_PAST_DAYS * 86_400_000), FEED_MAX);
    return this.render(origin, name, rows);
  }

  async single(ctx: RequestContext, origin: string, eventId: string): Promise<string> {
    const event = await this.access.visibleEvent(ctx, eventId);
    const rows = await this.repository.occurrencesOf(event.id, 500, null);
    return this.render(origin, event.title, rows.map((o) => ({ ...o, event })));
  }

  private render(origin: string, name: string, rows: OccurrenceRow[]): string {
    const calendar = ical({ name, prodId: { company: 'Townsquare', product: 'events', language: 'EN' } });
    for (const o of rows) {
      const event = o.event as EventRow;
      const url = `${origin}/events/${event.id}`;
      const description = [event.description.slice(0, 2000), event.onlineUrl ? `Online: ${event.onlineUrl}` : '', url].filter(Boolean).join('\n\n');
      calendar.createEvent({
        id: `${o.id}@townsquare`,
        start: o.startsAt,
        end: o.endsAt,
        summary: event.title,
        description,
        location: event.location ?? event.onlineUrl ?? undefined,
        url,
        status: o.cancelledAt || event.status === EventStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        sequence: event.version,
        stamp: new Date(),
      });
    }
    return calendar.toString();
  }
}
