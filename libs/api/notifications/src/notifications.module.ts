import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PubSubEngine } from 'graphql-subscriptions';
import { AuditModule } from '@liaise/api-audit';
import { AuthModule } from '@liaise/api-auth';
import { Notification, NotificationPreference } from './notification.entities.js';
import { NotificationPreferenceRepository } from './notification-preference.repository.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { PgPubSub } from './pg-pubsub.js';

/**
 * The outbox (features enqueue e-mail in their own transaction with OutboxService) and in-app notifications
 * (NotificationsService.notify/notifyUsers, in the same transaction), with their queries, mutations and the
 * live subscription fed by PostgreSQL LISTEN/NOTIFY across instances (PgPubSub).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, NotificationPreference]), AuditModule, AuthModule],
  // PgPubSub is also the PubSubEngine through which core's SocketSessions hears of ended sessions.
  providers: [OutboxRepository, OutboxService, NotificationRepository, NotificationPreferenceRepository, NotificationsService, NotificationsResolver, PgPubSub, { provide: PubSubEngine, useExisting: PgPubSub }],
  exports: [OutboxService, NotificationsService],
})
export class NotificationsModule {}
