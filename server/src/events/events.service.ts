import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { LIMITS } from '@townsquare/shared';
import { CategoriesService } from '../categories/categories.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { transaction } from '../common/transaction.js';
import { isUuid } from '../common/ids.js';
import { NotificationKind } from '../notifications/notification.objects.js';
import { TopicKind } from '../topics/topic.objects.js';
import { TopicsService, type PreparedTopic } from '../topics/topics.service.js';
import { EventAccessService } from './event-access.service.js';
import { readEventInput } from './event-input.js';
import { EventNoticesService } from './event-notices.service.js';
import { unlistedReason } from './event-visibility.js';
import { EventErrorReason, eventNotFound } from './events.errors.js';
import { EventRange, EventStatus, type EventInput, type EventListArgs } from './events.objects.js';
import { EventsRepository, type EventRow, type EventValues, type OccurrenceRow } from './events.repository.js';
import { RsvpService } from './rsvp.service.js';

/**
 * Events as their managers run them: create (as a draft, or published at once), edit, publish,
 * cancel, cancel one date; and the lists everyone reads. Publishing creates the discussion topic
 * in the event's category, in the same transaction.
 */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: EventsRepository,
    private readonly access: EventAccessService,
    private readonly categories: CategoriesService,
    private readonly topics: TopicsService,
    private readonly notices: EventNoticesService,
    private readonly rsvps: RsvpService,
  ) {}

  get(ctx: RequestContext, id: string): Promise<EventRow> {
    return this.access.visibleEvent(ctx, id);
  }

  /** A keyset page of occurrences the person may see, upcoming or past, optionally in a category and a window of starts. */
  async list(ctx: RequestContext, args: EventListArgs): Promise<Page<OccurrenceRow>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['timestamp', 'uuid']);
    if (args.categoryId && !isUuid(args.categoryId)) throw AppError.badInput('categoryId', InputErrorReason.NOT_FOUND, 'There is no such category, or you cannot see it.');
    const from = args.from ?? null;
    const to = args.to ?? null;
    if (from && to && (to.getTime() <= from.getTime() || to.getTime() - from.getTime() > LIMITS.eventWindowDays.max * 86_400_000)) {
      throw AppError.badInput('to', InputErrorReason.OUT_OF_RANGE, `A window of dates must end after it starts and span at most ${LIMITS.eventWindowDays.max} days.`);
    }
    const rows = await this.repository.page(await this.access.reader(ctx), {
      upcoming: args.range !== EventRange.PAST,
      categoryId: args.categoryId ?? null,
      from,
      to,
      limit: size + 1,
      after: cursor ? [String(cursor[0]), String(cursor[1])] : null,
    });
    return toPage(rows, size, (o) => [o.startsAt.toISOString(), o.id]);
  }

  async create(ctx: RequestContext, input: EventInput, publish: boolean): Promise<EventRow> {
    const me = ctx.requireUser();
    const { values, planned } = readEventInput(input);
    await this.checkPlace(ctx, values);
    const prepared = publish ? await this.prepareTopic(ctx, values) : null;
    const id = await transaction(this.db, async (m) => {
      const id = await this.repository.insertAndPlan(m, values, me.id, planned);
      if (prepared) await this.publishIn(m, id, prepared);
      return id;
    });
    return this.fresh(id);
  }

  async update(ctx: RequestContext, id: string, input: EventInput): Promise<EventRow> {
    const current = await this.access.visibleEvent(ctx, id);
    const { values, planned } = readEventInput(input);
    if (current.topicId && values.categoryId !== current.categoryId) {
      throw AppError.badInput('categoryId', EventErrorReason.CATEGORY_FIXED, 'An event stays in the category of its discussion; move the topic instead.');
    }
    await this.checkPlace(ctx, values);
    const category = await this.categories.getReadable(ctx, values.categoryId);
    await transaction(this.db, async (m) => {
      const before = await this.repository.lockEvent(m, current.id);
      if (!before) throw eventNotFound();
      if (values.capacity !== null && values.capacity < (await this.repository.highestGoing(m, before.id))) {
        throw AppError.badInput('capacity', EventErrorReason.CAPACITY_BELOW_GOING, 'More members are already going than this capacity; it can only be lowered to the number going.');
      }
      await this.repository.update(m, before.id, values);
      const { moved, dropped } = await this.repository.syncOccurrences(m, before.id, planned);
      const [after] = await this.repository.byIds([before.id], m);
      if (before.publishedAt) {
        const placeChanged = before.location !== after.location || before.onlineUrl !== after.onlineUrl;
        const changed = placeChanged ? (await this.repository.occurrenceIdsOf(m, after.id)).map((o) => o.id) : moved;
        for (const occurrence of await this.repository.occurrencesByIds(changed, m)) {
          if (occurrence.cancelledAt || occurrence.endsAt.getTime() < Date.now()) continue;
          await this.notices.notify(m, await this.repository.attendeeIds(m, occurrence.id), NotificationKind.EVENT_CHANGED, after, occurrence);
        }
        for (const gone of dropped) await this.notices.notify(m, gone.attendees, NotificationKind.EVENT_CANCELLED, after, gone);
        if (after.topicId) await this.topics.setUnlisted(m, after.topicId, unlistedReason(after, category));
        await this.notices.plan(m, after);
      }
      if (after.capacity === null || (before.capacity !== null && after.capacity > before.capacity)) await this.rsvps.refill(m, after);
    });
    return this.fresh(current.id);
  }

  async publish(ctx: RequestContext, id: string): Promise<EventRow> {
    const event = await this.access.visibleEvent(ctx, id);
    if (event.status !== EventStatus.DRAFT) throw AppError.conflict('id', EventErrorReason.ALREADY_PUBLISHED, 'This event is already published (or cancelled).');
    const prepared = await this.prepareTopic(ctx, event);
    await transaction(this.db, async (m) => {
      const locked = await this.repository.lockEvent(m, event.id);
      if (!locked || locked.status !== EventStatus.DRAFT) throw AppError.conflict('id', EventErrorReason.ALREADY_PUBLISHED, 'This event is already published (or cancelled).');
      await this.publishIn(m, locked.id, prepared);
    });
    return this.fresh(event.id);
  }

  /** Cancels the whole event: every date, with a notice to everyone going or waitlisted for a date still to come. */
  async cancel(ctx: RequestContext, id: string): Promise<EventRow> {
    const event = await this.access.visibleEvent(ctx, id);
    if (event.status === EventStatus.CANCELLED) return event;
    await transaction(this.db, async (m) => {
      const locked = await this.repository.lockEvent(m, event.id);
      if (!locked || locked.status === EventStatus.CANCELLED) return;
      const open = (await this.repository.occurrenceIdsOf(m, locked.id)).filter((o) => !o.cancelled);
      await this.repository.setCancelled(m, locked.id);
      if (!locked.publishedAt) return;
      for (const occurrence of await this.repository.occurrencesByIds(open.map((o) => o.id), m)) {
        if (occurrence.endsAt.getTime() < Date.now()) continue;
        await this.notices.notify(m, await this.repository.attendeeIds(m, occurrence.id), NotificationKind.EVENT_CANCELLED, locked, occurrence);
      }
    });
    return this.fresh(event.id);
  }

  /** Cancels one date of an event (the others go on), with a notice to those going or waitlisted. */
  async cancelOccurrence(ctx: RequestContext, occurrenceId: string): Promise<OccurrenceRow> {
    const seen = await this.access.visibleOccurrence(ctx, occurrenceId);
    await transaction(this.db, async (m) => {
      const locked = await this.repository.lockOccurrence(m, seen.id);
      if (!locked || locked.cancelledAt) return;
      await this.repository.cancelOccurrence(m, locked.id);
      if (seen.event.publishedAt && locked.endsAt.getTime() >= Date.now()) {
        await this.notices.notify(m, await this.repository.attendeeIds(m, locked.id), NotificationKind.EVENT_CANCELLED, seen.event, locked);
      }
    });
    const [fresh] = await this.repository.occurrencesByIds([seen.id]);
    return fresh;
  }

  /** The category must be readable and open to the manager's posts; the cover an uploaded image. */
  private async checkPlace(ctx: RequestContext, values: EventValues): Promise<void> {
    const category = isUuid(values.categoryId) ? await this.categories.getReadable(ctx, values.categoryId).catch(() => null) : null;
    if (!category || !this.categories.canPost(ctx.user, category)) {
      throw AppError.badInput('categoryId', InputErrorReason.NOT_FOUND, 'There is no such category, or you cannot post in it.');
    }
    if (values.coverUploadId && (!isUuid(values.coverUploadId) || !(await this.repository.uploadExists(values.coverUploadId)))) {
      throw AppError.badInput('coverUploadId', EventErrorReason.UNKNOWN_COVER, 'The cover must be an uploaded image.');
    }
  }

  private prepareTopic(ctx: RequestContext, event: Pick<EventValues, 'categoryId' | 'title' | 'description'>): Promise<PreparedTopic> {
    return this.topics.prepareTopic(ctx, { categoryId: event.categoryId, title: event.title, body: event.description, kind: TopicKind.DISCUSSION, tags: [], asBrand: false });
  }

  /** Publishes in the caller's transaction: the discussion topic (unlisted when the audience is narrower than the category's), then reminders. */
  private async publishIn(m: EntityManager, eventId: string, prepared: PreparedTopic): Promise<void> {
    const [event] = await this.repository.byIds([eventId], m);
    const { topic } = await this.topics.writeTopic(m, prepared, { unlisted: unlistedReason(event, prepared.category) ?? undefined });
    await this.repository.setPublished(m, eventId, topic.id);
    const [published] = await this.repository.byIds([eventId], m);
    await this.notices.plan(m, published);
  }

  private async fresh(id: string): Promise<EventRow> {
    const [row] = await this.repository.byIds([id]);
    return row;
  }
}
