import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { toConnection } from '../common/pagination.js';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { NotificationConnection, NotificationObject, WatchLevel, WatchTarget } from './notification.objects.js';
import { NotificationsService, toNotificationObject } from './notifications.service.js';

@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Allow(Permission.ReadingTrack)
  @Query(() => NotificationConnection, { description: 'Your notifications, most recent first.' })
  async notifications(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–50 (default 20).' }) first?: number,
    @Args('after', { nullable: true, description: 'Cursor of the last item of the previous page.' }) after?: string,
    @Args('unreadOnly', { defaultValue: false, description: 'Only unread ones.' }) unreadOnly?: boolean,
  ): Promise<NotificationConnection> {
    const page = await this.service.list(ctx, first, after, unreadOnly);
    const connection = toConnection(page, (n) => [n.updatedAt.toISOString(), n.id]);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toNotificationObject(e.node) })) } as NotificationConnection;
  }

  @Allow(Permission.ReadingTrack)
  @Query(() => Int, { description: 'How many of your notifications are unread (counted up to 1000).' })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.unreadCount(ctx);
  }

  @Allow(Permission.ReadingTrack)
  @Mutation(() => NotificationObject, { description: 'Marks one of your notifications read.' })
  async markNotificationRead(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The notification.' }) id: string) {
    return toNotificationObject(await this.service.markRead(ctx, id));
  }

  @Allow(Permission.ReadingTrack)
  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many changed.' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.markAllRead(ctx);
  }

  @Allow(Permission.ReadingTrack)
  @Mutation(() => WatchLevel, { description: 'Sets how closely you follow a topic or category.' })
  setWatchLevel(
    @Ctx() ctx: RequestContext,
    @Args('targetType', { type: () => WatchTarget, description: 'Topic or category.' }) targetType: WatchTarget,
    @Args('targetId', { type: () => ID, description: 'Its id.' }) targetId: string,
    @Args('level', { type: () => WatchLevel, description: 'The new level.' }) level: WatchLevel,
  ): Promise<WatchLevel> {
    return this.service.setWatch(ctx, targetType, targetId, level);
  }
}
