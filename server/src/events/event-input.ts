import { renderMarkdown } from '@townsquare/markdown';
import { LIMITS } from '@townsquare/shared';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { TRUST_LEVELS, type TrustLevel } from '../trust/trust-settings.js';
import { EventErrorReason } from './events.errors.js';
import type { EventValues } from './events.repository.js';
import { EventVisibility, type EventInput } from './events.objects.js';
import { checkRule, instantOf, isTimeZone, parseLocal, plan, type PlannedOccurrence } from './schedule.js';

const bad = AppError.badInput;

function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length ? trimmed : null;
}

/**
 * Checks an event's input and turns it into what is stored, with its planned occurrences. Every
 * refusal names the field, a stable reason and what to do; nothing has been written yet.
 */
export function readEventInput(input: EventInput): { values: EventValues; planned: PlannedOccurrence[] } {
  const title = input.title.trim().replace(/\s+/g, ' ');
  if ([...title].length < LIMITS.eventTitle.min) throw bad('title', InputErrorReason.TOO_SHORT, 'The title needs at least 5 characters.');
  if ([...title].length > LIMITS.eventTitle.max) throw bad('title', InputErrorReason.TOO_LONG, 'The title may have at most 200 characters.');
  const description = input.description;
  if (description.trim().length < LIMITS.eventDescription.min) throw bad('description', InputErrorReason.REQUIRED, 'Describe the event.');
  if (description.length > LIMITS.eventDescription.max) throw bad('description', InputErrorReason.TOO_LONG, 'A description may have at most 20,000 characters.');

  if (!isTimeZone(input.timeZone)) throw bad('timeZone', EventErrorReason.UNKNOWN_TIME_ZONE, `"${input.timeZone.slice(0, 64)}" is not a known time zone; use an IANA name such as Europe/Berlin.`);
  const startWall = parseLocal(input.startsAtLocal);
  if (startWall === null) throw bad('startsAtLocal', InputErrorReason.INVALID_FORMAT, 'Give the start as YYYY-MM-DDTHH:mm.');
  const endWall = parseLocal(input.endsAtLocal);
  if (endWall === null) throw bad('endsAtLocal', InputErrorReason.INVALID_FORMAT, 'Give the end as YYYY-MM-DDTHH:mm.');
  const startsAt = instantOf(startWall, input.timeZone);
  const endsAt = instantOf(endWall, input.timeZone);
  if (endsAt.getTime() <= startsAt.getTime()) throw bad('endsAtLocal', EventErrorReason.ENDS_BEFORE_START, 'The event must end after it starts.');
  if (endsAt.getTime() - startsAt.getTime() > LIMITS.eventDurationHours.max * 3600_000) {
    throw bad('endsAtLocal', InputErrorReason.OUT_OF_RANGE, 'An event may last at most 14 days; make a recurring event for a series.');
  }

  const location = optionalText(input.location);
  if (location && [...location].length > LIMITS.eventLocation.max) throw bad('location', InputErrorReason.TOO_LONG, 'A place may have at most 300 characters.');
  const onlineUrl = optionalText(input.onlineUrl);
  if (onlineUrl) {
    if (onlineUrl.length > LIMITS.eventUrl.max) throw bad('onlineUrl', InputErrorReason.TOO_LONG, 'A link may have at most 2,000 characters.');
    let url: URL | null = null;
    try {
      url = new URL(onlineUrl);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw bad('onlineUrl', EventErrorReason.LINK_NOT_HTTP, 'The online link must be a web address starting with http:// or https://.');
  }

  const capacity = input.capacity ?? null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < LIMITS.eventCapacity.min || capacity > LIMITS.eventCapacity.max)) {
    throw bad('capacity', EventErrorReason.CAPACITY_OUT_OF_RANGE, 'Capacity must be a whole number from 1 to 100,000, or empty for no limit.');
  }
  const rsvpDeadline = input.rsvpDeadline ?? null;
  if (rsvpDeadline && rsvpDeadline.getTime() > startsAt.getTime()) throw bad('rsvpDeadline', InputErrorReason.OUT_OF_RANGE, 'The RSVP deadline must be before the start.');

  const visibility = input.visibility;
  if (!Object.values(EventVisibility).includes(visibility)) throw bad('visibility', InputErrorReason.INVALID, 'Unknown visibility.');
  let minTrustRank = 0;
  if (visibility === EventVisibility.TRUST_LEVEL) {
    minTrustRank = TRUST_LEVELS.indexOf((input.minTrustLevel ?? '') as TrustLevel);
    if (minTrustRank < 0) throw bad('minTrustLevel', InputErrorReason.INVALID, `Choose a trust level: ${TRUST_LEVELS.join(', ')}.`);
  }

  let recurrenceRule: string | null = null;
  const ruleText = optionalText(input.recurrenceRule);
  if (ruleText) {
    const checked = checkRule(ruleText);
    if (!checked.ok) {
      if (checked.problem === 'UNBOUNDED') throw bad('recurrenceRule', EventErrorReason.RECURRENCE_UNBOUNDED, 'A recurring event must end: add COUNT (how many times) or UNTIL (a last date) to its rule.');
      if (checked.problem === 'TOO_MANY') throw bad('recurrenceRule', EventErrorReason.RECURRENCE_TOO_LONG, `A recurring event may have at most ${LIMITS.eventOccurrences.max} dates.`);
      throw bad('recurrenceRule', EventErrorReason.RECURRENCE_INVALID, 'The recurrence rule is not valid: use an RFC 5545 RRULE such as FREQ=WEEKLY;COUNT=10 (daily, weekly, monthly or yearly).');
    }
    recurrenceRule = checked.rule;
  }
  const exceptDates = [...new Map((input.exceptDates ?? []).map((d) => [d.getTime(), d])).values()];
  if (exceptDates.length > LIMITS.eventOccurrences.max) throw bad('exceptDates', InputErrorReason.TOO_MANY, `At most ${LIMITS.eventOccurrences.max} dates may be left out.`);

  const reminders = [...new Set(input.reminderMinutes ?? [1440, 60])].sort((a, b) => b - a);
  if (reminders.length > LIMITS.eventReminders.max) throw bad('reminderMinutes', InputErrorReason.TOO_MANY, 'An event may have at most 5 reminders.');
  if (reminders.some((r) => !Number.isInteger(r) || r < LIMITS.eventReminders.minMinutes || r > LIMITS.eventReminders.maxMinutes)) {
    throw bad('reminderMinutes', InputErrorReason.OUT_OF_RANGE, 'Each reminder must be between 5 minutes and 14 days before the start.');
  }

  const planned = plan(startsAt, endsAt, input.timeZone, recurrenceRule, exceptDates);
  if (planned === null) throw bad('recurrenceRule', EventErrorReason.RECURRENCE_TOO_LONG, `A recurring event may have at most ${LIMITS.eventOccurrences.max} dates.`);
  if (planned.length === 0) throw bad('exceptDates', EventErrorReason.RECURRENCE_INVALID, 'Leaving out these dates leaves the event with none.');

  return {
    values: {
      categoryId: input.categoryId,
      title,
      description,
      descriptionHtml: renderMarkdown(description).html,
      timeZone: input.timeZone,
      startsAt,
      endsAt,
      location,
      onlineUrl,
      coverUploadId: input.coverUploadId ?? null,
      capacity,
      rsvpDeadline,
      visibility,
      minTrustRank,
      recurrenceRule,
      exceptDates,
      reminderMinutes: reminders,
    },
    planned,
  };
}
