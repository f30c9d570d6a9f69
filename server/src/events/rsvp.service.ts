import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { transaction } from '../common/transaction.js';
import { isUuid } from '../common/ids.js';
import { NotificationKind } from '../notifications/notification.objects.js';
import { EventAccessService } from './event-access.service.js';
import { EventNoticesService } from './event-notices.service.js';
import { eventCancelled, eventNotFound, eventPast, rsvpDeadlinePassed } from './events.errors.js';
import { EventsRepository, type AttendeeRow, type EventRow, type OccurrenceRow } from './events.repository.js';
import { EventStatus, RsvpChoice, RsvpStatus } from './events.objects.js';
import { csvLine } from '../common/csv.js';

/** When answers to an occurrence close: as long before its start as the deadline is before the first. */
export function rsvpDeadlineOf(event: Pick<EventRow, 'startsAt' | 'rsvpDeadline'>, occurrence: Pick<OccurrenceRow, 'startsAt'>): Date | null {
  if (!event.rsvpDeadline) return null;
  return new Date(occurrence.startsAt.getTime() - (event.startsAt.getTime() - event.rsvpDeadline.getTime()));
}

/** Why an occurrence takes no answer now, or null when it does. */
export function rsvpClosed(event: EventRow, occurrence: OccurrenceRow, now = new Date()): AppError | null {
  if (event.status === EventStatus.CANCELLED || occurrence.cancelledAt) return eventCancelled();
  if (occurrence.endsAt.getTime() <= now.getTime()) return eventPast();
  const deadline = rsvpDeadlineOf(event, occurrence);
  if (deadline && deadline.getTime() < now.getTime()) return rsvpDeadlinePassed();
  return null;
}

/**
 * Answers to occurrences. Every change of one occurrence's answers runs under its row lock
 * (`SELECT … FOR UPDATE`), on any instance: capacity is checked and the counters written by one
 * transaction at a time, and a waitlist place takes the next number of the occurrence's sequence
 * under that lock, so the waitlist is in the order those transactions committed, without gaps. A
 * freed place goes to the first waiting member in the same transaction.
 */
@Injectable()
export class RsvpService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: EventsRepository,
    private readonly access: EventAccessService,
    private readonly notices: EventNoticesService,
  ) {}

  async rsvp(ctx: RequestContext, occurrenceId: string, choice: RsvpChoice): Promise<OccurrenceRow> {
    const me = ctx.requireUser();
    if (!Object.values(RsvpChoice).includes(choice)) throw AppError.badInput('status', InputErrorReason.INVALID, 'Answer GOING, INTERESTED or NOT_GOING.');
    const seen = await this.access.visibleOccurrence(ctx, occurrenceId);
    if (!seen.event.publishedAt) throw eventNotFound();
    await transaction(this.db, async (m) => {
      const locked = await this.repository.lockOccurrence(m, seen.id);
      if (!locked) throw eventNotFound();
      // Read after the lock (a statement of its own, so its snapshot is newer than the lock's wait):
      // a cancellation, or this member's answer from another tab, committed meanwhile is seen.
      const state = await this.repository.rsvpState(m, locked.eventId, locked.id, me.id);
      if (!state) throw eventNotFound();
      const { event, before } = state;
      const closed = rsvpClosed(event, locked);
      if (closed) throw closed;
      const counters = { goingCount: locked.goingCount, waitlistCount: locked.waitlistCount, waitlistSeq: locked.waitlistSeq };
      let status: RsvpStatus;
      let seq: number | null = null;
      if (choice === RsvpChoice.GOING) {
        if (before?.status === RsvpStatus.GOING || before?.status === RsvpStatus.WAITLISTED) return;
        if (event.capacity === null || counters.goingCount < event.capacity) {
          status = RsvpStatus.GOING;
          counters.goingCount += 1;
        } else {
          status = RsvpStatus.WAITLISTED;
          seq = counters.waitlistSeq += 1;
          counters.waitlistCount += 1;
        }
      } else {
        status = choice === RsvpChoice.INTERESTED ? RsvpStatus.INTERESTED : RsvpStatus.NOT_GOING;
        if (before?.status === status) return;
        if (before?.status === RsvpStatus.GOING) counters.goingCount -= 1;
        if (before?.status === RsvpStatus.WAITLISTED) counters.waitlistCount -= 1;
      }
      const answer = { occurrenceId: locked.id, eventId: event.id, userId: me.id, status, waitlistSeq: seq };
      const free = event.capacity === null ? counters.waitlistCount : Math.max(0, event.capacity - counters.goingCount);
      if (Math.min(free, counters.waitlistCount) === 0) {
        // Nobody to promote (every answer but giving up a place): the answer and the counters in one statement.
        await this.repository.writeRsvp(m, answer, counters);
      } else {
        await this.repository.upsertRsvp(m, answer);
        await this.fill(m, event, locked, counters);
      }
    });
    const [fresh] = await this.repository.occurrencesByIds([seen.id]);
    return fresh;
  }

  /** Under the occurrence's lock: gives free places to the first waiting members, writes the counters, notifies those promoted. */
  async fill(m: EntityManager, event: EventRow, occurrence: OccurrenceRow, counters: { goingCount: number; waitlistCount: number; waitlistSeq: number }): Promise<void> {
    const free = event.capacity === null ? counters.waitlistCount : Math.max(0, event.capacity - counters.goingCount);
    const promoted = await this.repository.promote(m, occurrence.id, Math.min(free, counters.waitlistCount));
    counters.goingCount += promoted.length;
    counters.waitlistCount -= promoted.length;
    await this.repository.setCounters(m, occurrence.id, counters);
    await this.notices.notify(m, promoted, NotificationKind.EVENT_PROMOTED, event, occurrence);
  }

  /** After an edit raised the capacity (or removed it): fills every open occurrence from its waitlist. */
  async refill(m: EntityManager, event: EventRow): Promise<void> {
    for (const o of await this.repository.occurrenceIdsOf(m, event.id)) {
      const locked = await this.repository.lockOccurrence(m, o.id);
      if (!locked || locked.cancelledAt || locked.waitlistCount === 0) continue;
      await this.fill(m, event, locked, { goingCount: locked.goingCount, waitlistCount: locked.waitlistCount, waitlistSeq: locked.waitlistSeq });
    }
  }

  /** The viewer's answers to occurrences (batched per request). */
  myRsvps(ctx: RequestContext, occurrenceIds: readonly string[]): Promise<Array<{ status: RsvpStatus; waitlistPosition: number | null } | null>> {
    const user = ctx.user;
    if (!user) return Promise.resolve(occurrenceIds.map(() => null));
    return this.repository.myRsvps(user.id, occurrenceIds).then((rows) =>
      occurrenceIds.map((id) => {
        const row = rows.find((r) => r.occurrence_id === id);
        return row ? { status: row.status, waitlistPosition: row.position === null ? null : Number(row.position) } : null;
      }),
    );
  }

  /** Staff: a page of an occurrence's attendees (going, then the waitlist in order, then the rest). */
  async attendees(ctx: RequestContext, occurrenceId: string, first?: number, after?: string): Promise<Page<AttendeeRow & { sortKey: number }>> {
    const occurrence = await this.access.visibleOccurrence(ctx, occurrenceId);
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['int', 'uuid']);
    const rows = await this.repository.attendees(occurrence.id, size + 1, cursor ? [Number(cursor[0]), String(cursor[1])] : null);
    return toPage(rows, size, (r) => [r.sortKey, r.userId]);
  }

  /** Staff: the attendee list of one occurrence as CSV text, safe to open in a spreadsheet. */
  async attendeesCsv(ctx: RequestContext, occurrenceId: string, eventId: string): Promise<{ filename: string; csv: string }> {
    const occurrence = await this.access.visibleOccurrence(ctx, occurrenceId);
    if (occurrence.eventId !== eventId) throw eventNotFound();
    const rows = await this.repository.attendeeExport(occurrence.id);
    let csv = csvLine(['handle', 'name', 'status', 'waitlist_position', 'responded_at', 'attended']);
    for (const r of rows) csv += csvLine([r.handle, r.display_name, r.status, r.position, new Date(r.responded_at), r.attended === null ? '' : r.attended ? 'yes' : 'no']);
    return { filename: `attendees-${occurrence.startsAt.toISOString().slice(0, 10)}.csv`, csv };
  }

  /** Staff: marks members who answered an occurrence as attended or not (kept for reports and badges). */
  async markAttendance(ctx: RequestContext, occurrenceId: string, userIds: string[], attended: boolean): Promise<number> {
    const me = ctx.requireUser();
    if (userIds.length === 0 || userIds.length > 500) throw AppError.badInput('userIds', InputErrorReason.OUT_OF_RANGE, 'Mark 1 to 500 members at a time.');
    if (!userIds.every(isUuid)) throw AppError.badInput('userIds', InputErrorReason.INVALID, 'A member id is not valid.');
    const occurrence = await this.access.visibleOccurrence(ctx, occurrenceId);
    if (occurrence.startsAt.getTime() > Date.now()) throw AppError.conflict('occurrenceId', InputErrorReason.OUT_OF_RANGE, 'Attendance can be marked once the event has started.');
    return transaction(this.db, (m) => this.repository.markAttendance(m, occurrence.id, [...new Set(userIds)], attended, me.id));
  }
}
