import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events. `events` holds what an event is (in UTC plus the zone it is planned in); every event has
 * at least one row in `event_occurrences` (a recurring one has one per date its rule gives), and
 * RSVPs belong to an occurrence: members answer for the meetup they will attend, not for a series.
 * The occurrence row is the lock every RSVP takes, and carries its counters and the waitlist's
 * sequence so that places are never oversold and the waitlist keeps the order of commits.
 */
export class Events1764280000000 implements MigrationInterface {
  name = 'Events1764280000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid NOT NULL REFERENCES categories(id),
        topic_id uuid REFERENCES topics(id) ON DELETE SET NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        description text NOT NULL,
        description_html text NOT NULL,
        time_zone varchar(64) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location varchar(300),
        online_url varchar(2000),
        cover_upload_id uuid REFERENCES uploads(id) ON DELETE SET NULL,
        capacity integer CHECK (capacity IS NULL OR capacity > 0),
        rsvp_deadline timestamptz,
        visibility varchar(16) NOT NULL DEFAULT 'EVERYONE',
        min_trust_rank smallint NOT NULL DEFAULT 0,
        status varchar(16) NOT NULL DEFAULT 'DRAFT',
        recurrence_rule varchar(500),
        except_dates timestamptz[] NOT NULL DEFAULT '{}',
        reminder_minutes integer[] NOT NULL DEFAULT '{1440,60}',
        version integer NOT NULL DEFAULT 1,
        published_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX events_topic_idx ON events (topic_id) WHERE topic_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE event_occurrences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        rule_index integer NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        going_count integer NOT NULL DEFAULT 0 CHECK (going_count >= 0),
        waitlist_count integer NOT NULL DEFAULT 0 CHECK (waitlist_count >= 0),
        waitlist_seq bigint NOT NULL DEFAULT 0,
        UNIQUE (event_id, rule_index)
      )`);
    // Upcoming and past lists walk occurrences by time; the month view by a window of starts.
    await q.query(`CREATE INDEX event_occurrences_starts_idx ON event_occurrences (starts_at, id)`);
    await q.query(`CREATE INDEX event_occurrences_ends_idx ON event_occurrences (ends_at)`);
    await q.query(`
      CREATE TABLE event_rsvps (
        occurrence_id uuid NOT NULL REFERENCES event_occurrences(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        status varchar(16) NOT NULL,
        waitlist_seq bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (occurrence_id, user_id),
        CHECK ((status = 'WAITLISTED') = (waitlist_seq IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX event_rsvps_waitlist_idx ON event_rsvps (occurrence_id, waitlist_seq) WHERE status = 'WAITLISTED'`);
    await q.query(`CREATE INDEX event_rsvps_attendees_idx ON event_rsvps (occurrence_id, status, updated_at, user_id)`);
    await q.query(`CREATE INDEX event_rsvps_user_idx ON event_rsvps (user_id, occurrence_id)`);
    await q.query(`
      CREATE TABLE event_attendance (
        occurrence_id uuid NOT NULL REFERENCES event_occurrences(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        attended boolean NOT NULL,
        marked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (occurrence_id, user_id)
      )`);
    // A reminder is sent once per occurrence, offset and start time, whatever the queue retries.
    await q.query(`
      CREATE TABLE event_reminders_sent (
        occurrence_id uuid NOT NULL REFERENCES event_occurrences(id) ON DELETE CASCADE,
        minutes_before integer NOT NULL,
        starts_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (occurrence_id, minutes_before, starts_at)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_reminders_sent, event_attendance, event_rsvps, event_occurrences, events`);
  }
}
