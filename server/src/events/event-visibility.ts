import type { CategoryEntity } from '../categories/category.entity.js';
import type { EventReader, EventRow } from './events.repository.js';
import { EventVisibility } from './events.objects.js';

/**
 * Who sees an event, as a pure predicate; the repository's list SQL says the same. A reader must
 * be able to read the event's category; those who manage events see every event there, drafts
 * included; others see events that were published (a cancelled draft never was) and whose
 * audience includes them.
 */
export function canSeeEvent(reader: EventReader, event: Pick<EventRow, 'categoryId' | 'publishedAt' | 'visibility' | 'minTrustRank'>): boolean {
  if (!reader.readableCategoryIds.includes(event.categoryId)) return false;
  if (reader.manages) return true;
  if (!event.publishedAt) return false;
  switch (event.visibility) {
    case EventVisibility.EVERYONE:
      return true;
    case EventVisibility.MEMBERS:
      return reader.signedIn;
    case EventVisibility.TRUST_LEVEL:
      return reader.staff || (reader.signedIn && reader.trustRank >= event.minTrustRank);
    case EventVisibility.STAFF:
      return reader.staff;
  }
}

const STAFF_ROLES = ['MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'];

/**
 * Why an event's discussion topic must be unlisted (hidden: only the category's moderators see
 * it), or null when everyone who reads the category is in the event's audience. A discussion is
 * never wider than its event.
 */
export function unlistedReason(event: Pick<EventRow, 'visibility' | 'minTrustRank'>, category: Pick<CategoryEntity, 'readRoles'>): string | null {
  const narrower = 'The discussion of an event whose audience is narrower than this category\'s readers.';
  switch (event.visibility) {
    case EventVisibility.EVERYONE:
      return null;
    case EventVisibility.MEMBERS:
      return category.readRoles.includes('GUEST') ? narrower : null;
    case EventVisibility.TRUST_LEVEL:
      return event.minTrustRank === 0 && !category.readRoles.includes('GUEST') ? null : narrower;
    case EventVisibility.STAFF:
      return category.readRoles.every((r) => STAFF_ROLES.includes(r)) ? null : narrower;
  }
}
