import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ServiceNavigationLink } from '@liaise/web-ui';
import { NOTIFICATIONS_NAMESPACE } from './i18n.js';
import { notificationText } from './notification-text.js';
import { NOTIFICATIONS_PATH } from './paths.js';
import { useMayHaveNotifications, useNotificationReceived, useUnreadNotificationCount } from './use-notifications.js';

/** The unread count beside the header's "Notifications": a tag, then "unread" for screen readers. */
export function UnreadCount({ count }: { count: number }) {
  const { t } = useTranslation(NOTIFICATIONS_NAMESPACE);
  if (count === 0) return null;
  return (
    <>
      {' '}
      <span className="govuk-tag govuk-tag--red liaise-unread-count" data-testid="unread-count">
        {count > 99 ? '99+' : count}
      </span>
      <span className="govuk-visually-hidden"> {t('navigation.unread')}</span>
    </>
  );
}

/**
 * The header's "Notifications" link with the unread count, kept live; undefined for anyone who cannot have
 * notifications (not fully signed in).
 */
export function useNotificationsNavigationItem(): ServiceNavigationLink | undefined {
  const { t } = useTranslation(NOTIFICATIONS_NAMESPACE);
  const { pathname } = useLocation();
  const enabled = useMayHaveNotifications();
  const count = useUnreadNotificationCount();
  if (!enabled) return undefined;
  const current = pathname === NOTIFICATIONS_PATH ? 'page' : pathname.startsWith(`${NOTIFICATIONS_PATH}/`) ? 'section' : undefined;
  return { text: t('navigation.link'), href: NOTIFICATIONS_PATH, current, badge: <UnreadCount count={count ?? 0} /> };
}

/**
 * Says each new notification to screen reader users as it arrives (a polite status message, not shown);
 * the header's count shows it to everyone else.
 */
export function NotificationsLiveRegion() {
  const { t } = useTranslation(NOTIFICATIONS_NAMESPACE);
  const [message, setMessage] = useState('');
  useNotificationReceived((notification) => setMessage(t('arrived', { text: notificationText(notification, t) })));
  return (
    <div className="govuk-visually-hidden" role="status" aria-live="polite" data-testid="notification-announcement">
      {message}
    </div>
  );
}
