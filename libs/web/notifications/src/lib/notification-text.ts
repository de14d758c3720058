import type { TFunction } from 'i18next';
import type { NotificationItem } from './use-notifications.js';

/** i18next's `t` of the `notifications` namespace. */
export type Translate = TFunction<'notifications'>;

/**
 * A notification in words for its reader, naming what it is about as they may see it: the force's own
 * reference for the force, what kind of operation and where for a partner, and the organisation on the
 * other side. The api's fixed text when it says nothing more (what it was about is no longer theirs to see).
 * Never an address or a time: the api gives neither.
 */
export function notificationText(notification: Pick<NotificationItem, 'event' | 'text' | 'about'>, t: Translate): string {
  const about = notification.about;
  if (about === null || about === undefined) return notification.text;
  const article = notification.event === 'INVITATION_RECEIVED' ? 'a' : 'the';
  const operation =
    about.operationReference ??
    t('operation', { type: t(`operationTypes.${article}.${about.operationType ?? ''}`, { defaultValue: t(`operationTypes.${article}.unknown`) }), area: about.generalArea ?? '' });
  return t(`events.${notification.event}`, {
    operation,
    force: about.forceName ?? t('aForce'),
    partner: about.partnerName ?? t('aPartner'),
    defaultValue: notification.text,
  });
}
