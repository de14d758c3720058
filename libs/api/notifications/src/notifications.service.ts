import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { APP_CONFIG, Clock, decodeCreatedAtCursor, DomainError, encodeCreatedAtCursor, type AppConfig, type RequestAuth } from '@liaise/api-core';
import { isUuid, NOTIFICATION_EVENTS, ROLES, type NotificationEvent, type Role } from '@liaise/shared-domain';
import type { Notification } from './notification.entities.js';
import { NotificationPreferenceRepository } from './notification-preference.repository.js';
import { NotificationRepository } from './notification.repository.js';
import {
  DEFAULT_NOTIFICATION_PAGE_SIZE,
  isNotificationEvent,
  isNotificationSubjectType,
  MAX_NOTIFICATION_PAGE_SIZE,
  MAX_NOTIFICATIONS_MARKED,
  NOTIFICATION_EMAIL_DEFAULT,
  NOTIFICATION_PREFERENCE_DESCRIPTION,
  notificationLink,
  notificationText,
  type NotificationSubjectType,
} from './notification-rules.js';
import type { NotificationPage, NotificationPreferenceView, NotificationSubjectView, NotificationView } from './notification.types.js';
import { OutboxService } from './outbox.service.js';

interface NotificationAbout {
  /** The organisation whose people are told: the acting one, or one it has a partnership with. */
  readonly organisationId: string;
  readonly event: NotificationEvent;
  readonly subjectType: NotificationSubjectType;
  readonly subjectId: string;
  /** The invitation it is about, when the subject is its operation (for the portal to name the partner). */
  readonly invitationId?: string;
}

/** Everyone active in the organisation with one of the roles. */
export interface NotifyRoles extends NotificationAbout {
  readonly roles: readonly Role[];
}

/** Named people of the organisation (attendees); anyone not active in it is left out. */
export interface NotifyUsers extends NotificationAbout {
  readonly userIds: readonly string[];
}

/** One person told: their notification's id. */
export interface Notified {
  readonly notificationId: string;
  readonly userId: string;
  /** Whether an e-mail was put in the outbox for them (their preference for the event). */
  readonly emailed: boolean;
}

export interface NotificationListOptions {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly unreadOnly?: boolean | null;
}

/** What a describer is given of each notification: what it is about, by id. */
export type NotificationSubjectIds = Pick<Notification, 'id' | 'event' | 'subjectType' | 'subjectId' | 'invitationId'>;

/**
 * Names the operation and organisations notifications are about, for the acting person, under their own
 * access (a feature that knows operations registers one): by notification id; none for what they may not see.
 */
export type NotificationDescriber = (
  manager: EntityManager,
  auth: RequestAuth,
  notifications: readonly NotificationSubjectIds[],
) => Promise<ReadonlyMap<string, NotificationSubjectView>>;

export function toNotificationView(row: Notification, about: NotificationSubjectView | null = null): NotificationView {
  return {
    id: row.id,
    event: row.event,
    text: notificationText(row.event),
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    link: notificationLink(row.subjectType, row.subjectId),
    createdAt: row.createdAt,
    read: row.readAt !== null,
    about,
  };
}

/**
 * In-app notifications and the e-mail that goes with them. Features call `notify`/`notifyUsers` inside the
 * transaction of the change they tell about: the rows, the e-mails in the outbox and the announcement to
 * live subscribers (pg_notify) all commit with it, or none of them. A notification and its e-mail say only
 * that something needs attention, and link to it.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly preferenceRows: NotificationPreferenceRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private describer: NotificationDescriber | undefined;

  /** Registers what names the subjects of notifications as they are read (the invitations feature does). */
  describeWith(describer: NotificationDescriber): void {
    this.describer = describer;
  }

  /** Tells every active person of `organisationId` who has one of `roles`. */
  notify(manager: EntityManager, input: NotifyRoles): Promise<Notified[]> {
    const roles = [...new Set(input.roles)];
    if (roles.some((role) => !(ROLES as readonly string[]).includes(role))) throw new Error(`notify: unknown role in ${roles.join(', ')}`);
    return this.fanOut(manager, input, roles, []);
  }

  /** Tells the named people of `organisationId` (those not active in it are left out). */
  notifyUsers(manager: EntityManager, input: NotifyUsers): Promise<Notified[]> {
    const userIds = [...new Set(input.userIds)];
    if (!userIds.every(isUuid)) throw new Error('notifyUsers: every user id must be a uuid');
    return this.fanOut(manager, input, [], userIds);
  }

  private async fanOut(manager: EntityManager, about: NotificationAbout, roles: readonly string[], userIds: readonly string[]): Promise<Notified[]> {
    if (!isUuid(about.organisationId)) throw new Error('notify: organisationId must be a uuid');
    if (!isNotificationEvent(about.event)) throw new Error(`notify: unknown event ${String(about.event)}`);
    if (!isNotificationSubjectType(about.subjectType)) throw new Error(`notify: unknown subject type ${String(about.subjectType)}`);
    if (!isUuid(about.subjectId)) throw new Error('notify: subjectId must be a uuid');
    if (about.invitationId !== undefined && !isUuid(about.invitationId)) throw new Error('notify: invitationId must be a uuid');
    if (roles.length === 0 && userIds.length === 0) return [];
    const rows = await this.notifications.fanOut(manager, {
      organisationId: about.organisationId,
      roles,
      userIds,
      event: about.event,
      subjectType: about.subjectType,
      subjectId: about.subjectId,
      now: this.clock.now(),
      invitationId: about.invitationId ?? null,
    });
    const link = `${this.config.publicUrl}${notificationLink(about.subjectType, about.subjectId)}`;
    const notified: Notified[] = [];
    for (const row of rows) {
      // The e-mail is sent for the acting organisation (the outbox admits only its own rows).
      if (row.wantsEmail) {
        await this.outbox.enqueue(manager, { organisationId: row.actingOrganisationId, to: row.email, template: 'attention', params: { link } });
      }
      notified.push({ notificationId: row.notificationId, userId: row.userId, emailed: row.wantsEmail });
    }
    return notified;
  }

  /** The acting person's notifications, newest first, a page at a time. */
  async list(manager: EntityManager, auth: RequestAuth, options: NotificationListOptions = {}): Promise<NotificationPage> {
    const first = options.first ?? DEFAULT_NOTIFICATION_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATION_PAGE_SIZE) {
      throw new DomainError('BAD_USER_INPUT', `Ask for 1 to ${MAX_NOTIFICATION_PAGE_SIZE} notifications at a time`, 'first');
    }
    const cursor = options.after ? decodeCreatedAtCursor(options.after) : undefined;
    if (options.after && cursor === undefined) throw new DomainError('BAD_USER_INPUT', 'The page to start after is not one this list gave', 'after');
    const rows = await this.notifications.page(manager, auth, { limit: first + 1, unreadOnly: options.unreadOnly === true, after: cursor });
    const items = rows.slice(0, first);
    const last = items.at(-1);
    return {
      items: await this.views(manager, auth, items),
      nextCursor: rows.length > first && last !== undefined ? encodeCreatedAtCursor(last) : null,
      unreadCount: await this.unreadCount(manager, auth),
    };
  }

  unreadCount(manager: EntityManager, auth: RequestAuth): Promise<number> {
    return this.notifications.unreadCount(manager, auth);
  }

  /** One of the acting person's notifications, or undefined (someone else's, or none). */
  async findOwn(manager: EntityManager, auth: RequestAuth, id: string): Promise<NotificationView | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.notifications.ownOne(manager, auth, id);
    return row === null ? undefined : (await this.views(manager, auth, [row]))[0];
  }

  /** The views of the acting person's rows, each with what it is about as they may see it now. */
  private async views(manager: EntityManager, auth: RequestAuth, rows: readonly Notification[]): Promise<NotificationView[]> {
    const about = this.describer === undefined || rows.length === 0 ? new Map<string, NotificationSubjectView>() : await this.describer(manager, auth, rows);
    return rows.map((row) => toNotificationView(row, about.get(row.id) ?? null));
  }

  /** Marks some of the acting person's notifications read; returns how many were unread. Others' ids change nothing. */
  async markRead(manager: EntityManager, auth: RequestAuth, ids: readonly string[]): Promise<number> {
    if (ids.length > MAX_NOTIFICATIONS_MARKED) {
      throw new DomainError('BAD_USER_INPUT', `Mark at most ${MAX_NOTIFICATIONS_MARKED} notifications at a time`, 'ids');
    }
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return 0;
    return this.notifications.markRead(manager, auth, valid, this.clock.now());
  }

  /** Marks all the acting person's notifications read; returns how many were unread. */
  markAllRead(manager: EntityManager, auth: RequestAuth): Promise<number> {
    return this.notifications.markRead(manager, auth, undefined, this.clock.now());
  }

  /** Whether the acting person gets an e-mail for each event (every event listed, defaults filled in). */
  async preferences(manager: EntityManager, auth: RequestAuth): Promise<NotificationPreferenceView[]> {
    const chosen = await this.preferenceRows.chosen(manager, auth);
    return NOTIFICATION_EVENTS.map((event) => ({
      event,
      description: NOTIFICATION_PREFERENCE_DESCRIPTION[event],
      email: chosen.get(event) ?? NOTIFICATION_EMAIL_DEFAULT,
    }));
  }

  /** Chooses whether the acting person gets an e-mail for `event`; the in-app notification comes regardless. */
  async setPreference(manager: EntityManager, auth: RequestAuth, event: NotificationEvent, email: boolean): Promise<NotificationPreferenceView[]> {
    if (!isNotificationEvent(event)) throw new DomainError('BAD_USER_INPUT', 'Choose one of the listed events', 'event');
    const before = (await this.preferences(manager, auth)).find((preference) => preference.event === event)?.email;
    await this.preferenceRows.choose(manager, auth, event, email);
    if (before !== email) {
      await this.audit.record(manager, {
        organisationId: auth.organisationId,
        actorUserId: auth.userId,
        actorOrganisationId: auth.organisationId,
        action: 'notification.email-preference-changed',
        subjectType: 'user',
        subjectId: auth.userId,
        detail: { event, email },
      });
    }
    return this.preferences(manager, auth);
  }
}
