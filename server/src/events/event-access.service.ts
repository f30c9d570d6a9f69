import { Injectable } from '@nestjs/common';
import { Permission, isStaff, roleHasPermission } from '@townsquare/shared';
import { CategoriesService } from '../categories/categories.service.js';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';
import { TRUST_LEVELS, type TrustLevel } from '../trust/trust-settings.js';
import { canSeeEvent } from './event-visibility.js';
import { eventNotFound } from './events.errors.js';
import { EventsRepository, type EventReader, type EventRow, type OccurrenceRow } from './events.repository.js';

export function trustRank(level: string | null): number {
  return level ? TRUST_LEVELS.indexOf(level as TrustLevel) : -1;
}

/** The one access function for events: who reads them (once per request), single and batch. Hidden is NOT_FOUND. */
@Injectable()
export class EventAccessService {
  constructor(
    private readonly repository: EventsRepository,
    private readonly categories: CategoriesService,
  ) {}

  /** What decides which events this person sees, read once per request. */
  reader(ctx: RequestContext): Promise<EventReader> {
    return ctx
      .loader<string, EventReader>('eventReader', async (keys) => {
        const user = ctx.user;
        const readable = await this.categories.readableIds(ctx);
        const staff = !!user && isStaff(user.role);
        const rank = user && !staff ? trustRank(await this.repository.trustLevel(user.id)) : user ? TRUST_LEVELS.length - 1 : -1;
        const reader: EventReader = {
          readableCategoryIds: readable,
          signedIn: !!user,
          trustRank: rank,
          staff,
          manages: !!user && roleHasPermission(user.role, Permission.EventManage),
        };
        return keys.map(() => reader);
      })
      .load('self');
  }

  async visibleEvents(ctx: RequestContext, ids: readonly string[]): Promise<Array<EventRow | null>> {
    const valid = ids.filter(isUuid);
    const [reader, rows] = await Promise.all([this.reader(ctx), valid.length ? this.repository.byIds(valid) : Promise.resolve([])]);
    return ids.map((id) => rows.find((e) => e.id === id && canSeeEvent(reader, e)) ?? null);
  }

  async visibleEvent(ctx: RequestContext, id: string): Promise<EventRow> {
    const [event] = await this.visibleEvents(ctx, [id]);
    if (!event) throw eventNotFound();
    return event;
  }

  /** An occurrence with its event, when the person may see the event. */
  async visibleOccurrence(ctx: RequestContext, id: string): Promise<OccurrenceRow & { event: EventRow }> {
    if (!isUuid(id)) throw eventNotFound();
    const [row] = await this.repository.occurrencesByIds([id]);
    if (!row || !row.event || !canSeeEvent(await this.reader(ctx), row.event)) throw eventNotFound();
    return row as OccurrenceRow & { event: EventRow };
  }

  /** Batch: the visible event of each topic (null when there is none or it is hidden from the person). */
  async eventsOfTopics(ctx: RequestContext, topicIds: readonly string[]): Promise<Array<EventRow | null>> {
    const [reader, rows] = await Promise.all([this.reader(ctx), this.repository.byTopicIds(topicIds)]);
    return topicIds.map((id) => rows.find((e) => e.topicId === id && canSeeEvent(reader, e)) ?? null);
  }
}
