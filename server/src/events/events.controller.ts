import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Permission } from '@townsquare/shared';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { EventsHttpFilter } from './events-http.filter.js';
import { CalendarService } from './calendar.service.js';
import { eventNotFound } from './events.errors.js';
import { EventsRepository } from './events.repository.js';
import { RsvpService } from './rsvp.service.js';

const ICS_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, max-age=300', 'X-Content-Type-Options': 'nosniff' };

function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/**
 * Calendar feeds and the attendee export over plain HTTP:
 * `GET /events.ics` and `GET /categories/:slug/events.ics` (public events, anonymous),
 * `GET /events/:id.ics` (one event, for whoever may see it), and
 * `GET /events/:id/attendees.csv?occurrence=<id>` (staff; the next date by default).
 */
@Controller()
@UseFilters(EventsHttpFilter)
export class EventsController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly rsvps: RsvpService,
    private readonly repository: EventsRepository,
  ) {}

  @Public()
  @Get('events.ics')
  async feed(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.set(ICS_HEADERS).send(await this.calendar.feed(originOf(req), null));
  }

  @Public()
  @Get('categories/:slug/events.ics')
  async categoryFeed(@Req() req: Request, @Param('slug') slug: string, @Res() res: Response): Promise<void> {
    res.set(ICS_HEADERS).send(await this.calendar.feed(originOf(req), slug.slice(0, 64)));
  }

  @Public()
  @Get('events/:file')
  async single(@Ctx() ctx: RequestContext, @Req() req: Request, @Param('file') file: string, @Res() res: Response): Promise<void> {
    if (!file.endsWith('.ics')) throw eventNotFound();
    const ics = await this.calendar.single(ctx, originOf(req), file.slice(0, -4));
    res.set({ ...ICS_HEADERS, 'Content-Disposition': 'attachment; filename="event.ics"' }).send(ics);
  }

  @Allow(Permission.EventManage)
  @Get('events/:id/attendees.csv')
  async attendees(@Ctx() ctx: RequestContext, @Param('id') id: string, @Query('occurrence') occurrence: string | undefined, @Res() res: Response): Promise<void> {
    const occurrenceId = typeof occurrence === 'string' && occurrence ? occurrence : await this.nextOccurrenceOf(id);
    const { filename, csv } = await this.rsvps.attendeesCsv(ctx, occurrenceId, id);
    res
      .set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
      .send(csv);
  }

  private async nextOccurrenceOf(eventId: string): Promise<string> {
    if (!/^[0-9a-f-]{36}$/i.test(eventId)) throw eventNotFound();
    const [next] = await this.repository.nextOccurrences([eventId]);
    if (!next) throw eventNotFound();
    return next.id;
  }
}
