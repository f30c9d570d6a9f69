import type { NotificationObject } from './notification.objects.js';

/** Events of notifications. */
export interface NotificationEvents {
  /** A notification was stored (or a grouped one grew) for a user. */
  'notification.created': { userId: string; notification: NotificationObject; unreadCount: number };
}
