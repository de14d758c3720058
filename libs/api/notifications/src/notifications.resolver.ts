import { Logger } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SessionService } from '@liaise/api-auth';
import { Allow, inTenantTransaction, TransactionHost, type GraphqlContext } from '@liaise/api-core';
import { actingAuth } from '@liaise/api-organisations';
import type { NotificationEvent } from '@liaise/shared-domain';
import { END_OF_STREAM, FilteredStream } from './live-notifications.js';
import { NOTIFICATION_CHANNEL } from './migrations/CreateInAppNotifications.js';
import { parseNotificationSignal } from './notification-rules.js';
import { NotificationEventEnum, NotificationPage, NotificationPreferenceView, NotificationView } from './notification.types.js';
import { NotificationsService } from './notifications.service.js';
import { PgPubSub } from './pg-pubsub.js';

@Resolver(() => NotificationView)
export class NotificationsResolver {
  private readonly log = new Logger('Notifications');

  constructor(
    private readonly service: NotificationsService,
    private readonly tx: TransactionHost,
    private readonly pubSub: PgPubSub,
    private readonly sessions: SessionService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Allow('notification:read')
  @Query(() => NotificationPage, { description: 'The signed-in person’s notifications, newest first.' })
  notifications(
    @Context() context: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly?: boolean | null,
  ): Promise<NotificationPage> {
    return this.service.list(this.tx.manager, actingAuth(context), { first, after, unreadOnly });
  }

  @Allow('notification:read')
  @Query(() => Int, { description: 'How many of the signed-in person’s notifications are unread.' })
  unreadNotificationCount(@Context() context: GraphqlContext): Promise<number> {
    return this.service.unreadCount(this.tx.manager, actingAuth(context));
  }

  @Allow('notification:read')
  @Query(() => [NotificationPreferenceView], { description: 'For each event, whether the signed-in person gets an e-mail.' })
  notificationPreferences(@Context() context: GraphqlContext): Promise<NotificationPreferenceView[]> {
    return this.service.preferences(this.tx.manager, actingAuth(context));
  }

  @Allow('notification:read')
  @Mutation(() => Int, { description: 'Marks some of the signed-in person’s notifications read; returns how many were unread.' })
  markNotificationsRead(@Args('ids', { type: () => [ID] }) ids: string[], @Context() context: GraphqlContext): Promise<number> {
    return this.service.markRead(this.tx.manager, actingAuth(context), ids);
  }

  @Allow('notification:read')
  @Mutation(() => Int, { description: 'Marks all the signed-in person’s notifications read; returns how many were unread.' })
  markAllNotificationsRead(@Context() context: GraphqlContext): Promise<number> {
    return this.service.markAllRead(this.tx.manager, actingAuth(context));
  }

  @Allow('notification:read')
  @Mutation(() => [NotificationPreferenceView], { description: 'Chooses whether the signed-in person gets an e-mail for an event.' })
  setNotificationPreference(
    @Args('event', { type: () => NotificationEventEnum }) event: NotificationEvent,
    @Args('email', { type: () => Boolean }) email: boolean,
    @Context() context: GraphqlContext,
  ): Promise<NotificationPreferenceView[]> {
    return this.service.setPreference(this.tx.manager, actingAuth(context), event, email);
  }

  /**
   * Each new notification of the subscriber's, as it is created on any api instance. The database's
   * announcement only says which row to read: the row is read for the subscriber under row-level security,
   * with their session checked again, and only then sent. Announcements are not durable: on reconnecting,
   * a client fetches the list and count again.
   */
  @Allow('notification:read')
  @Subscription(() => NotificationView, { description: 'The signed-in person’s new notifications, live.' })
  notificationReceived(@Context() context: GraphqlContext): AsyncIterableIterator<{ notificationReceived: NotificationView }> {
    const auth = actingAuth(context);
    const signals = this.pubSub.asyncIterableIterator<unknown>(NOTIFICATION_CHANNEL);
    return new FilteredStream(signals, async (payload) => {
      const signal = parseNotificationSignal(payload);
      if (signal === undefined || signal.userId !== auth.userId || signal.organisationId !== auth.organisationId) return undefined;
      try {
        return await inTenantTransaction(this.dataSource, { organisationId: auth.organisationId, userId: auth.userId }, async (manager) => {
          if (!(await this.sessions.isCurrent(manager, auth))) return END_OF_STREAM;
          const notification = await this.service.findOwn(manager, auth, signal.id);
          return notification === undefined ? undefined : { notificationReceived: notification };
        });
      } catch (error) {
        // A hint missed: the client catches up when it next fetches the list.
        this.log.warn(`Cannot read a notification for a subscriber: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    });
  }
}
