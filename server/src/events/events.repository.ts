import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../common/transaction.js';
import type { EventStatus, EventVisibility, RsvpStatus } from './events.objects.js';
import type { PlannedOccurrence } from './schedule.js';

type Queryable = Pick<EntityManager, 'query'>;

/** An event as stored. */
export interface EventRow {
  id: string;
  categoryId: string;
  topicId: string | null;
  createdBy: string | null;
  title: string;
  description: string;
  descriptionHtml: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  coverUploadId: string | null;
  /** The cover's storage key, to build its URL. */
  coverKey: string | null;
  capacity: number | null;
  rsvpDeadline: Date | null;
  visibility: EventVisibility;
  minTrustRank: number;
  status: EventStatus;
  recurrenceRule: string | null;
  exceptDates: Date[];
  reminderMinutes: number[];
  version: number;
  publishedAt: Date | null;
  cancelledAt: Date | null;
}

/** One date of an event as stored, with its event when a list brought it along. */
export interface OccurrenceRow {
  id: string;
  eventId: string;
  ruleIndex: number;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  goingCount: number;
  waitlistCount: number;
  waitlistSeq: number;
  event?: EventRow;
}

/** What decides which events a reader sees (see `event-visibility.ts`). */
export interface EventReader {
  readableCategoryIds: string[];
  signedIn: boolean;
  /** 0–4 for members (NEW…LEADER), -1 for guests. */
  trustRank: number;
  staff: boolean;
  /** May manage events: sees drafts and every audience in readable categories. */
  manages: boolean;
}

/** The values an event is written with. */
export type EventValues = Omit<EventRow, 'id' | 'topicId' | 'coverKey' | 'version' | 'publishedAt' | 'cancelledAt' | 'status' | 'createdBy'>;

export interface AttendeeRow {
  userId: string;
  status: RsvpStatus;
  waitlistPosition: number | null;
  respondedAt: Date;
  attended: boolean | null;
}

const EVENT_COLUMNS = `e.id, e.category_id, e.topic_id, e.created_by, e.title, e.description, e.description_html, e.time_zone, e.starts_at, e.ends_at,
  e.location, e.online_url, e.cover_upload_id, (SELECT u.storage_key FROM uploads u WHERE u.id = e.cover_upload_id) AS cover_key, e.capacity,
  e.rsvp_deadline, e.visibility, e.min_trust_rank, e.status, e.recurrence_rule, e.except_dates, e.reminder_minutes, e.version, e.published_at, e.cancelled_at`;
const OCCURRENCE_COLUMNS = `o.id AS o_id, o.event_id AS o_event_id, o.rule_index AS o_rule_index, o.starts_at AS o_starts_at, o.ends_at AS o_ends_at,
  o.cancelled_at AS o_cancelled_at, o.going_count AS o_going_count, o.waitlist_count AS o_waitlist_count, o.waitlist_seq AS o_waitlist_seq`;

/** The visibility rule of `event-visibility.ts` in SQL, over event `e` and the reader in $1–$5. */
const VISIBLE = `e.category_id = ANY($1::uuid[]) AND ($5 OR (e.published_at IS NOT NULL AND (
    e.visibility = 'EVERYONE' OR (e.visibility = 'MEMBERS' AND $2) OR (e.visibility = 'TRUST_LEVEL' AND ($4 OR $3 >= e.min_trust_rank))
    OR (e.visibility = 'STAFF' AND $4))))`;
const readerParams = (r: EventReader) => [r.readableCategoryIds, r.signedIn, r.trustRank, r.staff, r.manages];

function event(r: Record<string, any>): EventRow {
  return {
    id: r.id,
    categoryId: r.category_id,
    topicId: r.topic_id,
    createdBy: r.created_by,
    title: r.title,
    description: r.description,
    descriptionHtml: r.description_html,
    timeZone: r.time_zone,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    location: r.location,
    onlineUrl: r.online_url,
    coverUploadId: r.cover_upload_id,
    coverKey: r.cover_key ?? null,
    capacity: r.capacity,
    rsvpDeadline: r.rsvp_deadline ? new Date(r.rsvp_deadline) : null,
    visibility: r.visibility,
    minTrustRank: Number(r.min_trust_rank),
    status: r.status,
    recurrenceRule: r.recurrence_rule,
    exceptDates: (r.except_dates ?? []).map((d: string | Date) => new Date(d)),
    reminderMinutes: r.reminder_minutes ?? [],
    version: r.version,
    publishedAt: r.published_at ? new Date(r.published_at) : null,
    cancelledAt: r.cancelled_at ? new Date(r.cancelled_at) : null,
  };
}

function occurrence(r: Record<string, any>, withEvent = false): OccurrenceRow {
  const row: OccurrenceRow = {
    id: r.o_id,
    eventId: r.o_event_id,
    ruleIndex: r.o_rule_index,
    startsAt: new Date(r.o_starts_at),
    endsAt: new Date(r.o_ends_at),
    cancelledAt: r.o_cancelled_at ? new Date(r.o_cancelled_at) : null,
    goingCount: r.o_going_count,
    waitlistCount: r.o_waitlist_count,
    waitlistSeq: Number(r.o_waitlist_seq),
  };
  if (withEvent) row.event = event(r);
  return row;
}

/** Every query of events, their occurrences, RSVPs, attendance and sent reminders. */
@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byIds(ids: readonly string[], m: Queryable = this.db): Promise<EventRow[]> {
    const rows = await m.query(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map(event);
  }

  async byTopicIds(topicIds: readonly string[]): Promise<EventRow[]> {
    const rows = await this.db.query(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.topic_id = ANY($1::uuid[])`, [[...topicIds]]);
    return rows.map(event);
  }

  async occurrencesByIds(ids: readonly string[], m: Queryable = this.db): Promise<OccurrenceRow[]> {
    const rows = await m.query(`SELECT ${OCCURRENCE_COLUMNS}, ${EVENT_COLUMNS} FROM event_occurrences o JOIN events e ON e.id = o.event_id WHERE o.id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map((r: Record<string, unknown>) => occurrence(r, true));
  }

  /** Occurrences of one event in order of start, a keyset page after (start, id). */
  async occurrencesOf(eventId: string, limit: number, after: [string, string] | null, m: Queryable = this.db): Promise<OccurrenceRow[]> {
    const rows = await m.query(
      `SELECT ${OCCURRENCE_COLUMNS} FROM event_occurrences o WHERE o.event_id = $1 AND ($3::timestamptz IS NULL OR (o.starts_at, o.id) > ($3, $4::uuid))
        ORDER BY o.starts_at, o.id LIMIT $2`,
      [eventId, limit, after?.[0] ?? null, after?.[1] ?? null],
    );
    return rows.map((r: Record<string, unknown>) => occurrence(r));
  }

  /** Per event, the next occurrence not yet ended (the last one when all have). */
  async nextOccurrences(eventIds: readonly string[]): Promise<OccurrenceRow[]> {
    const rows = await this.db.query(
      `SELECT DISTINCT ON (o.event_id) ${OCCURRENCE_COLUMNS} FROM event_occurrences o WHERE o.event_id = ANY($1::uuid[])
        ORDER BY o.event_id, (o.ends_at < now()), CASE WHEN o.ends_at >= now() THEN o.starts_at END, o.starts_at DESC`,
      [[...eventIds]],
    );
    return rows.map((r: Record<string, unknown>) => occurrence(r));
  }

  /**
   * A keyset page of occurrences the reader may see, with their events in the same statement.
   * Upcoming: not ended, by (start, id) ascending; past: ended, descending.
   */
  async page(
    reader: EventReader,
    q: { upcoming: boolean; categoryId: string | null; from: Date | null; to: Date | null; limit: number; after: [string, string] | null },
  ): Promise<OccurrenceRow[]> {
    const dir = q.upcoming ? '>' : '<';
    const order = q.upcoming ? 'ASC' : 'DESC';
    const rows = await this.db.query(
      `SELECT ${OCCURRENCE_COLUMNS}, ${EVENT_COLUMNS}
         FROM event_occurrences o JOIN events e ON e.id = o.event_id
        WHERE ${VISIBLE}
          AND ${q.upcoming ? 'o.ends_at >= now()' : 'o.ends_at < now()'}
          AND ($6::uuid IS NULL OR e.category_id = $6)
          AND ($7::timestamptz IS NULL OR o.starts_at >= $7)
          AND ($8::timestamptz IS NULL OR o.starts_at < $8)
          AND ($9::timestamptz IS NULL OR (o.starts_at, o.id) ${dir} ($9, $10::uuid))
        ORDER BY o.starts_at ${order}, o.id ${order}
        LIMIT $11`,
      [...readerParams(reader), q.categoryId, q.from, q.to, q.after?.[0] ?? null, q.after?.[1] ?? null, q.limit],
    );
    return rows.map((r: Record<string, unknown>) => occurrence(r, true));
  }

  /** Public occurrences for a calendar feed: published or cancelled events everyone may see, from some days back. */
  async feed(readableCategoryIds: string[], categoryId: string | null, since: Date, limit: number): Promise<OccurrenceRow[]> {
    const reader: EventReader = { readableCategoryIds, signedIn: false, trustRank: -1, staff: false, manages: false };
    const rows = await this.db.query(
      `SELECT ${OCCURRENCE_COLUMNS}, ${EVENT_COLUMNS}
         FROM event_occurrences o JOIN events e ON e.id = o.event_id
        WHERE ${VISIBLE} AND e.visibility = 'EVERYONE' AND o.ends_at >= $6 AND ($7::uuid IS NULL OR e.category_id = $7)
        ORDER BY o.starts_at, o.id LIMIT $8`,
      [...readerParams(reader), since, categoryId, limit],
    );
    return rows.map((r: Record<string, unknown>) => occurrence(r, true));
  }

  /** The member's trust level name. */
  async trustLevel(userId: string): Promise<string | null> {
    const [row]: Array<{ trust_level: string }> = await this.db.query(`SELECT trust_level FROM users WHERE id = $1`, [userId]);
    return row?.trust_level ?? null;
  }

  /** Whether an upload exists (for a cover). */
  async uploadExists(id: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM uploads WHERE id = $1 AND mime LIKE 'image/%'`, [id]);
    return rows.length > 0;
  }

  async insert(m: EntityManager, values: EventValues, createdBy: string): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      m,
      `INSERT INTO events (category_id, created_by, title, description, description_html, time_zone, starts_at, ends_at, location, online_url,
         cover_upload_id, capacity, rsvp_deadline, visibility, min_trust_rank, recurrence_rule, except_dates, reminder_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::timestamptz[], $18::int[]) RETURNING id`,
      [values.categoryId, createdBy, ...this.valueList(values)],
    );
    return row.id;
  }

  /** Inserts an event and its occurrences. */
  async insertAndPlan(m: EntityManager, values: EventValues, createdBy: string, planned: PlannedOccurrence[]): Promise<string> {
    const id = await this.insert(m, values, createdBy);
    await this.syncOccurrences(m, id, planned);
    return id;
  }

  async update(m: EntityManager, id: string, values: EventValues): Promise<void> {
    await m.query(
      `UPDATE events SET category_id = $1, title = $3, description = $4, description_html = $5, time_zone = $6, starts_at = $7, ends_at = $8,
         location = $9, online_url = $10, cover_upload_id = $11, capacity = $12, rsvp_deadline = $13, visibility = $14, min_trust_rank = $15,
         recurrence_rule = $16, except_dates = $17::timestamptz[], reminder_minutes = $18::int[], version = version + 1, updated_at = now()
       WHERE id = $2`,
      [values.categoryId, id, ...this.valueList(values)],
    );
  }

  private valueList(v: EventValues): unknown[] {
    return [v.title, v.description, v.descriptionHtml, v.timeZone, v.startsAt, v.endsAt, v.location, v.onlineUrl, v.coverUploadId, v.capacity, v.rsvpDeadline,
      v.visibility, v.minTrustRank, v.recurrenceRule, v.exceptDates.map((d) => d.toISOString()), v.reminderMinutes];
  }

  /** Locks the event row (edits, publishing and cancelling of one event are serialised). */
  async lockEvent(m: EntityManager, id: string): Promise<EventRow | null> {
    await m.query(`SELECT 1 FROM events WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await this.byIds([id], m);
    return row ?? null;
  }

  async setPublished(m: EntityManager, id: string, topicId: string | null): Promise<void> {
    await m.query(`UPDATE events SET status = 'PUBLISHED', published_at = coalesce(published_at, now()), topic_id = coalesce(topic_id, $2), version = version + 1, updated_at = now() WHERE id = $1`, [id, topicId]);
  }

  async setCancelled(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE events SET status = 'CANCELLED', cancelled_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id]);
    await m.query(`UPDATE event_occurrences SET cancelled_at = coalesce(cancelled_at, now()) WHERE event_id = $1`, [id]);
  }

  /**
   * Makes the stored occurrences match the plan: matched by their position in the rule (a moved
   * meetup keeps its answers), new positions added, dropped ones deleted with their answers.
   * Returns the ids of occurrences that moved and of those that were dropped (with who answered them).
   */
  async syncOccurrences(m: EntityManager, eventId: string, planned: PlannedOccurrence[]): Promise<{ moved: string[]; dropped: Array<{ id: string; startsAt: Date; attendees: string[] }> }> {
    const existing: Array<{ id: string; rule_index: number; starts_at: Date; ends_at: Date }> = await m.query(
      `SELECT id, rule_index, starts_at, ends_at FROM event_occurrences WHERE event_id = $1 ORDER BY rule_index FOR UPDATE`,
      [eventId],
    );
    const byIndex = new Map(existing.map((o) => [o.rule_index, o]));
    const keep = new Set(planned.map((p) => p.ruleIndex));
    const droppedIds = existing.filter((o) => !keep.has(o.rule_index)).map((o) => o.id);
    const dropped = droppedIds.length
      ? await Promise.all(
          existing
            .filter((o) => droppedIds.includes(o.id))
            .map(async (o) => ({ id: o.id, startsAt: new Date(o.starts_at), attendees: await this.attendeeIds(m, o.id) })),
        )
      : [];
    if (droppedIds.length) await m.query(`DELETE FROM event_occurrences WHERE id = ANY($1::uuid[])`, [droppedIds]);
    const moved = planned
      .filter((p) => {
        const o = byIndex.get(p.ruleIndex);
        return o && (new Date(o.starts_at).getTime() !== p.startsAt.getTime() || new Date(o.ends_at).getTime() !== p.endsAt.getTime());
      })
      .map((p) => byIndex.get(p.ruleIndex)!.id);
    await m.query(
      `INSERT INTO event_occurrences (event_id, rule_index, starts_at, ends_at)
       SELECT $1, i, s, e FROM unnest($2::int[], $3::timestamptz[], $4::timestamptz[]) AS x(i, s, e)
       ON CONFLICT (event_id, rule_index) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at`,
      [eventId, planned.map((p) => p.ruleIndex), planned.map((p) => p.startsAt.toISOString()), planned.map((p) => p.endsAt.toISOString())],
    );
    return { moved, dropped };
  }

  async occurrenceIdsOf(m: Queryable, eventId: string): Promise<Array<{ id: string; startsAt: Date; cancelled: boolean }>> {
    const rows: Array<{ id: string; starts_at: Date; cancelled_at: Date | null }> = await m.query(
      `SELECT id, starts_at, cancelled_at FROM event_occurrences WHERE event_id = $1 ORDER BY starts_at`,
      [eventId],
    );
    return rows.map((r) => ({ id: r.id, startsAt: new Date(r.starts_at), cancelled: !!r.cancelled_at }));
  }

  async highestGoing(m: Queryable, eventId: string): Promise<number> {
    const [row]: Array<{ n: number }> = await m.query(`SELECT coalesce(max(going_count), 0)::int AS n FROM event_occurrences WHERE event_id = $1`, [eventId]);
    return row.n;
  }

  /**
   * Takes the occurrence's row lock: every RSVP of one occurrence goes through it, so counts and
   * the waitlist sequence are read and written by one transaction at a time, across instances.
   */
  async lockOccurrence(m: EntityManager, id: string): Promise<OccurrenceRow | null> {
    const rows = await m.query(`SELECT ${OCCURRENCE_COLUMNS} FROM event_occurrences o WHERE o.id = $1 FOR UPDATE`, [id]);
    return rows[0] ? occurrence(rows[0]) : null;
  }

  async cancelOccurrence(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE event_occurrences SET cancelled_at = now() WHERE id = $1`, [id]);
  }

  /**
   * Under the occurrence's lock, in one statement: the event as it is now (a cancellation or an edit
   * committed while this waited is seen) and the member's answer to the occurrence.
   */
  async rsvpState(m: EntityManager, eventId: string, occurrenceId: string, userId: string): Promise<{ event: EventRow; before: { status: RsvpStatus; waitlistSeq: number | null } | null } | null> {
    const [row]: Array<Record<string, any>> = await m.query(
      `SELECT ${EVENT_COLUMNS}, r.status AS my_status, r.waitlist_seq AS my_waitlist_seq
         FROM events e LEFT JOIN event_rsvps r ON r.occurrence_id = $2 AND r.user_id = $3
        WHERE e.id = $1`,
      [eventId, occurrenceId, userId],
    );
    if (!row) return null;
    const before = row.my_status ? { status: row.my_status as RsvpStatus, waitlistSeq: row.my_waitlist_seq === null ? null : Number(row.my_waitlist_seq) } : null;
    return { event: event(row), before };
  }

  /** Under the occurrence's lock, in one statement: the member's answer and the occurrence's counters. */
  async writeRsvp(
    m: EntityManager,
    o: { occurrenceId: string; eventId: string; userId: string; status: RsvpStatus; waitlistSeq: number | null },
    c: { goingCount: number; waitlistCount: number; waitlistSeq: number },
  ): Promise<void> {
    await m.query(
      `WITH answer AS (
         INSERT INTO event_rsvps (occurrence_id, user_id, event_id, status, waitlist_seq, updated_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp())
         ON CONFLICT (occurrence_id, user_id) DO UPDATE SET status = EXCLUDED.status, waitlist_seq = EXCLUDED.waitlist_seq, updated_at = clock_timestamp()
       )
       UPDATE event_occurrences SET going_count = $6, waitlist_count = $7, waitlist_seq = $8 WHERE id = $1`,
      [o.occurrenceId, o.userId, o.eventId, o.status, o.waitlistSeq, c.goingCount, c.waitlistCount, c.waitlistSeq],
    );
  }

  async upsertRsvp(m: EntityManager, o: { occurrenceId: string; eventId: string; userId: string; status: RsvpStatus; waitlistSeq: number | null }): Promise<void> {
    await m.query(
      `INSERT INTO event_rsvps (occurrence_id, user_id, event_id, status, waitlist_seq, updated_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp())
       ON CONFLICT (occurrence_id, user_id) DO UPDATE SET status = EXCLUDED.status, waitlist_seq = EXCLUDED.waitlist_seq, updated_at = clock_timestamp()`,
      [o.occurrenceId, o.userId, o.eventId, o.status, o.waitlistSeq],
    );
  }

  /** Writes the occurrence's counters and waitlist sequence (under its lock). */
  async setCounters(m: EntityManager, id: string, c: { goingCount: number; waitlistCount: number; waitlistSeq: number }): Promise<void> {
    await m.query(`UPDATE event_occurrences SET going_count = $2, waitlist_count = $3, waitlist_seq = $4 WHERE id = $1`, [id, c.goingCount, c.waitlistCount, c.waitlistSeq]);
  }

  /** The first `n` waitlisted members in order, moved to GOING (under the occurrence's lock). */
  async promote(m: EntityManager, occurrenceId: string, n: number): Promise<string[]> {
    if (n <= 0) return [];
    const rows = await returningRows<{ user_id: string }>(
      m,
      `UPDATE event_rsvps r SET status = 'GOING', waitlist_seq = NULL, updated_at = clock_timestamp()
        FROM (SELECT user_id FROM event_rsvps WHERE occurrence_id = $1 AND status = 'WAITLISTED' ORDER BY waitlist_seq LIMIT $2) first
       WHERE r.occurrence_id = $1 AND r.user_id = first.user_id RETURNING r.user_id`,
      [occurrenceId, n],
    );
    return rows.map((r) => r.user_id);
  }

  /** Members going or waitlisted: those told of changes. */
  async attendeeIds(m: Queryable, occurrenceId: string, statuses: RsvpStatus[] = ['GOING', 'WAITLISTED'] as RsvpStatus[]): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await m.query(`SELECT user_id FROM event_rsvps WHERE occurrence_id = $1 AND status = ANY($2::varchar[])`, [occurrenceId, statuses]);
    return rows.map((r) => r.user_id);
  }

  /** The viewer's answers to some occurrences, with their waitlist positions, in one statement. */
  async myRsvps(userId: string, occurrenceIds: readonly string[]): Promise<Array<{ occurrence_id: string; status: RsvpStatus; position: number | null }>> {
    return this.db.query(
      `SELECT r.occurrence_id, r.status,
              CASE WHEN r.status = 'WAITLISTED' THEN (SELECT count(*)::int FROM event_rsvps w
                 WHERE w.occurrence_id = r.occurrence_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= r.waitlist_seq) END AS position
         FROM event_rsvps r WHERE r.user_id = $1 AND r.occurrence_id = ANY($2::uuid[])`,
      [userId, [...occurrenceIds]],
    );
  }

  /** A keyset page of an occurrence's attendees: going first, then the waitlist in order, then the rest. */
  async attendees(occurrenceId: string, limit: number, after: [number, string] | null): Promise<Array<AttendeeRow & { sortKey: number }>> {
    const rows: Array<Record<string, any>> = await this.db.query(
      `SELECT * FROM (
         SELECT r.user_id, r.status, r.updated_at, a.attended,
                CASE r.status WHEN 'WAITLISTED' THEN row_number() OVER (PARTITION BY r.status ORDER BY r.waitlist_seq) END AS position,
                (CASE r.status WHEN 'GOING' THEN 0 WHEN 'WAITLISTED' THEN 1 WHEN 'INTERESTED' THEN 2 ELSE 3 END) * 1000000000000
                  + CASE WHEN r.status = 'WAITLISTED' THEN r.waitlist_seq ELSE 0 END AS sort_key
           FROM event_rsvps r LEFT JOIN event_attendance a ON a.occurrence_id = r.occurrence_id AND a.user_id = r.user_id
          WHERE r.occurrence_id = $1) x
        WHERE $3::bigint IS NULL OR (x.sort_key, x.user_id) > ($3, $4::uuid)
        ORDER BY x.sort_key, x.user_id LIMIT $2`,
      [occurrenceId, limit, after?.[0] ?? null, after?.[1] ?? null],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      status: r.status,
      waitlistPosition: r.position === null ? null : Number(r.position),
      respondedAt: new Date(r.updated_at),
      attended: r.attended,
      sortKey: Number(r.sort_key),
    }));
  }

  /** Every attendee row with what the CSV export shows, in the attendee list's order (bounded by the event's size). */
  async attendeeExport(occurrenceId: string): Promise<Array<{ handle: string; display_name: string; status: string; position: number | null; responded_at: Date; attended: boolean | null }>> {
    return this.db.query(
      `SELECT u.handle, u.display_name, r.status, CASE r.status WHEN 'WAITLISTED' THEN row_number() OVER (PARTITION BY r.status ORDER BY r.waitlist_seq) END AS position,
              r.updated_at AS responded_at, a.attended
         FROM event_rsvps r JOIN users u ON u.id = r.user_id
         LEFT JOIN event_attendance a ON a.occurrence_id = r.occurrence_id AND a.user_id = r.user_id
        WHERE r.occurrence_id = $1
        ORDER BY CASE r.status WHEN 'GOING' THEN 0 WHEN 'WAITLISTED' THEN 1 WHEN 'INTERESTED' THEN 2 ELSE 3 END, r.waitlist_seq NULLS LAST, u.handle`,
      [occurrenceId],
    );
  }

  /** Marks members (who answered the occurrence) as attended or not; returns how many were marked. */
  async markAttendance(m: EntityManager, occurrenceId: string, userIds: string[], attended: boolean, by: string): Promise<number> {
    const rows = await returningRows(
      m,
      `INSERT INTO event_attendance (occurrence_id, user_id, attended, marked_by)
       SELECT $1, r.user_id, $3, $4 FROM event_rsvps r WHERE r.occurrence_id = $1 AND r.user_id = ANY($2::uuid[])
       ON CONFLICT (occurrence_id, user_id) DO UPDATE SET attended = EXCLUDED.attended, marked_by = EXCLUDED.marked_by, marked_at = now()
       RETURNING 1`,
      [occurrenceId, userIds, attended, by],
    );
    return rows.length;
  }

  /** Records that a reminder went out; false when it already had (a retried or duplicate job). */
  async claimReminder(m: EntityManager, occurrenceId: string, minutesBefore: number, startsAt: Date): Promise<boolean> {
    const rows = await returningRows(
      m,
      `INSERT INTO event_reminders_sent (occurrence_id, minutes_before, starts_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [occurrenceId, minutesBefore, startsAt],
    );
    return rows.length > 0;
  }
}
