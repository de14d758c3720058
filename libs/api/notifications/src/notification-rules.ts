import { isUuid, NOTIFICATION_EVENTS, NOTIFICATION_TEXT, type NotificationEvent } from '@liaise/shared-domain';

/** What a notification can be about. */
export const NOTIFICATION_SUBJECT_TYPES = ['operation', 'invitation'] as const;
export type NotificationSubjectType = (typeof NOTIFICATION_SUBJECT_TYPES)[number];

/**
 * Whether a person gets an e-mail for an event when they have not chosen: yes, for every event (the
 * e-mail says only that something needs attention). notification_fan_out applies the same default.
 */
export const NOTIFICATION_EMAIL_DEFAULT = true;

/** Notifications on one page: 20 unless asked, at most 100. */
export const DEFAULT_NOTIFICATION_PAGE_SIZE = 20;
export const MAX_NOTIFICATION_PAGE_SIZE = 100;
/** Notifications marked read in one go by id. */
export const MAX_NOTIFICATIONS_MARKED = 100;

/** How each event is named on the e-mail preferences page. */
export const NOTIFICATION_PREFERENCE_DESCRIPTION: Readonly<Record<NotificationEvent, string>> = {
  INVITATION_RECEIVED: 'Your organisation is invited to attend an operation',
  INVITATION_ACCEPTED: 'A partner accepts an invitation to one of your operations',
  INVITATION_DECLINED: 'A partner declines an invitation to one of your operations',
  INVITATION_WITHDRAWN: 'A force withdraws an invitation to your organisation',
  ACCEPTANCE_WITHDRAWN: 'A partner withdraws its acceptance of an invitation to one of your operations',
  INVITATION_EXPIRED: 'An invitation expires without an answer',
  OPERATION_CANCELLED: 'An operation your organisation was invited to is cancelled',
  DETAILS_RELEASED: 'Details of an operation you are attending become available',
  TRAINING_FLAGGED: 'Someone named to attend an operation has no current MSHT training',
};

export function isNotificationEvent(value: unknown): value is NotificationEvent {
  return typeof value === 'string' && (NOTIFICATION_EVENTS as readonly string[]).includes(value);
}

export function isNotificationSubjectType(value: unknown): value is NotificationSubjectType {
  return typeof value === 'string' && (NOTIFICATION_SUBJECT_TYPES as readonly string[]).includes(value);
}

/** Where in the portal a notification leads: the operation (force side) or the invitation (partner side). */
export function notificationLink(subjectType: string, subjectId: string): string {
  switch (subjectType) {
    case 'operation':
      return `/operations/${subjectId}`;
    case 'invitation':
      return `/invitations/${subjectId}`;
    default:
      return '/notifications';
  }
}

export function notificationText(event: NotificationEvent): string {
  return NOTIFICATION_TEXT[event];
}


/**
 * What the database announces on NOTIFICATION_CHANNEL: which notification, for whom. Only a hint to look:
 * the notification itself is read from its row, for its recipient, and nothing of this is ever sent on.
 */
export interface NotificationSignal {
  readonly id: string;
  readonly userId: string;
  readonly organisationId: string;
}

export function parseNotificationSignal(payload: unknown): NotificationSignal | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, userId, organisationId } = value as Record<string, unknown>;
  if (!isUuid(id) || !isUuid(userId) || !isUuid(organisationId)) return undefined;
  return { id, userId, organisationId };
}
