import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CreatedAtCursor } from '@liaise/api-core';
import type { NotificationEvent } from '@liaise/shared-domain';
import { Notification } from './notification.entities.js';
import type { NotificationSubjectType } from './notification-rules.js';

/** Whose notifications: a person, in the organisation they act for. */
export interface Recipient {
  readonly userId: string;
  readonly organisationId: string;
}

/** A notification written for one person by the fan-out, and whether they want it by e-mail. */
export interface FannedOut {
  readonly notificationId: string;
  readonly userId: string;
  readonly email: string;
  readonly wantsEmail: boolean;
  /** The organisation acting in this transaction: the one an e-mail is sent for. */
  readonly actingOrganisationId: string;
}

export interface FanOut {
  readonly organisationId: string;
  readonly roles: readonly string[];
  readonly userIds: readonly string[];
  readonly event: NotificationEvent;
  readonly subjectType: NotificationSubjectType;
  readonly subjectId: string;
  readonly invitationId: string | null;
  readonly now: Date;
}

/**
 * The `notification` table. A person reads and marks only their own rows (row-level security says the same:
 * this is the first line); notifications for others are written by a SECURITY DEFINER fan-out.
 */
@Injectable()
export class NotificationRepository {
  /** Writes a notification for every active person of the organisation with one of the roles or among the ids. */
  async fanOut(manager: EntityManager, fanOut: FanOut): Promise<FannedOut[]> {
    const rows: { notification_id: string; user_id: string; email: string; wants_email: boolean; acting_organisation_id: string }[] = await manager.query(
      `SELECT f.notification_id, f.user_id, f.email, f.wants_email, current_setting('app.org_id', true) AS acting_organisation_id
         FROM notification_fan_out($1, $2::text[], $3::uuid[], $4::notification_event, $5, $6, $7, $8::uuid) f`,
      [fanOut.organisationId, fanOut.roles, fanOut.userIds, fanOut.event, fanOut.subjectType, fanOut.subjectId, fanOut.now, fanOut.invitationId],
    );
    return rows.map((row) => ({
      notificationId: row.notification_id,
      userId: row.user_id,
      email: row.email,
      wantsEmail: row.wants_email,
      actingOrganisationId: row.acting_organisation_id,
    }));
  }

  /** Up to `limit` of the person's notifications, newest first, after `cursor` when given. */
  page(manager: EntityManager, recipient: Recipient, options: { limit: number; unreadOnly: boolean; after?: CreatedAtCursor }): Promise<Notification[]> {
    const query = this.own(manager, recipient).orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').take(options.limit);
    if (options.unreadOnly) query.andWhere('n.read_at IS NULL');
    if (options.after !== undefined) query.andWhere('(n.created_at, n.id) < (:at, :id)', { at: options.after.createdAt, id: options.after.id });
    return query.getMany();
  }

  unreadCount(manager: EntityManager, recipient: Recipient): Promise<number> {
    return this.own(manager, recipient).andWhere('n.read_at IS NULL').getCount();
  }

  ownOne(manager: EntityManager, recipient: Recipient, id: string): Promise<Notification | null> {
    return this.own(manager, recipient).andWhere('n.id = :id', { id }).getOne();
  }

  /** Marks the person's unread notifications read (only those of `ids`, when given); how many there were. */
  async markRead(manager: EntityManager, recipient: Recipient, ids: readonly string[] | undefined, now: Date): Promise<number> {
    const update = manager
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: now })
      .where('user_id = :userId AND organisation_id = :organisationId AND read_at IS NULL', {
        userId: recipient.userId,
        organisationId: recipient.organisationId,
      });
    if (ids !== undefined) update.andWhere('id IN (:...ids)', { ids });
    const result = await update.updateEntity(false).execute();
    return result.affected ?? 0;
  }

  private own(manager: EntityManager, recipient: Recipient) {
    return manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId AND n.organisation_id = :organisationId', { userId: recipient.userId, organisationId: recipient.organisationId });
  }
}
