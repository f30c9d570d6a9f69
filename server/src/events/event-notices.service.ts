import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobsService } from '../jobs/jobs.service.js';
import { NotificationKind } from '../notifications/notification.objects.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { EventsRepository, type EventRow } from './events.repository.js';
import { EventStatus, RsvpStatus } from './events.objects.js';

/** The data of a reminder job: which start it was planned for, so a moved occurrence's old job does nothing. */
interface ReminderJob {
  occurrenceId: string;
  startsAt: string;
  minutesBefore: number;
}

export const REMINDER_JOB = 'events.reminder';

type EventNoticeKind = NotificationKind.EVENT_PROMOTED | NotificationKind.EVENT_REMINDER | NotificationKind.EVENT_CHANGED | NotificationKind.EVENT_CANCELLED;

/**
 * What events tell members: promotions from the waitlist, reminders (jobs planned per occurrence
 * and offset), changes of time or place and cancellations, as notifications written in the
 * transaction that caused them.
 */
@Injectable()
export class EventNoticesService implements OnModuleInit {
  constructor(
    private readonly repository: EventsRepository,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<ReminderJob>(REMINDER_JOB, (data, m) => this.remind(data, m), { retryLimit: 5, retryDelaySeconds: 30, backoff: true });
  }

  notify(m: EntityManager, userIds: readonly string[], kind: EventNoticeKind, event: EventRow, occurrence: { id: string; startsAt: Date } | null): Promise<void> {
    return this.notifications.notifyAboutEvent(m, userIds, kind, {
      eventId: event.id,
      occurrenceId: occurrence?.id ?? null,
      eventTitle: event.title,
      eventStartsAt: (occurrence?.startsAt ?? event.startsAt).toISOString(),
    });
  }

  /**
   * Plans the reminders of a published event's occurrences that have not started, in the caller's
   * transaction. Each job carries the start it was planned for; after a change, new jobs are
   * planned and the old ones find their start changed and do nothing.
   */
  async plan(m: EntityManager, event: EventRow): Promise<void> {
    if (event.status !== EventStatus.PUBLISHED) return;
    const now = Date.now();
    for (const o of await this.repository.occurrenceIdsOf(m, event.id)) {
      if (o.cancelled) continue;
      for (const minutesBefore of event.reminderMinutes) {
        const due = o.startsAt.getTime() - minutesBefore * 60_000;
        if (due <= now) continue;
        const startsAt = o.startsAt.toISOString();
        await this.jobs.enqueue<ReminderJob>(m, REMINDER_JOB, { occurrenceId: o.id, startsAt, minutesBefore }, {
          startAfter: new Date(due),
          singletonKey: `${o.id}:${minutesBefore}:${startsAt}`,
        });
      }
    }
  }

  /**
   * Sends one reminder to those going, unless the occurrence is gone, cancelled or moved, the event
   * no longer published or the offset no longer wanted; at most once per occurrence, offset and start.
   */
  private async remind(job: ReminderJob, m: EntityManager): Promise<void> {
    const [occurrence] = await this.repository.occurrencesByIds([job.occurrenceId], m);
    const event = occurrence?.event;
    if (!occurrence || !event || occurrence.cancelledAt || event.status !== EventStatus.PUBLISHED) return;
    if (occurrence.startsAt.toISOString() !== job.startsAt || !event.reminderMinutes.includes(job.minutesBefore)) return;
    if (!(await this.repository.claimReminder(m, occurrence.id, job.minutesBefore, occurrence.startsAt))) return;
    const going = await this.repository.attendeeIds(m, occurrence.id, [RsvpStatus.GOING]);
    await this.notify(m, going, NotificationKind.EVENT_REMINDER, event, occurrence);
  }
}
