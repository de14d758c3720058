import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { Button, NotificationBanner, ServiceLink, Tag, useDocumentTitle } from '@liaise/web-ui';
import { dayAndTime } from './dates.js';
import { NOTIFICATIONS_NAMESPACE } from './i18n.js';
import { notificationText } from './notification-text.js';
import { NOTIFICATION_PREFERENCES_PATH } from './paths.js';
import { useMarkAllNotificationsRead, useMarkNotificationsRead, useNotifications, type NotificationItem } from './use-notifications.js';

/** What the page was told by the one before it (the preferences page, after saving). */
export interface NotificationsPageState {
  readonly notificationsDone?: 'preferences-saved';
}

function savedMessage(state: unknown): 'preferences-saved' | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  return (state as NotificationsPageState).notificationsDone;
}

function NotificationRow({ notification, onOpen }: { notification: NotificationItem; onOpen: (notification: NotificationItem) => void }) {
  const { t } = useTranslation(NOTIFICATIONS_NAMESPACE);
  return (
    <li data-testid="notification" data-read={notification.read}>
      {!notification.read && (
        <p className="govuk-!-margin-bottom-2">
          <Tag colour="blue">{t('list.unreadTag')}</Tag>
        </p>
      )}
      <p className="govuk-body govuk-!-margin-bottom-1">
        <ServiceLink
          className={`govuk-link${notification.read ? '' : ' govuk-!-font-weight-bold'}`}
          href={notification.link}
          onClick={(event) => {
            event.preventDefault();
            onOpen(notification);
          }}
        >
          {notificationText(notification, t)}
        </ServiceLink>
      </p>
      <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-0">{t('list.received', dayAndTime(String(notification.createdAt)))}</p>
      <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
    </li>
  );
}

/**
 * The signed-in person's notifications, newest first, unread ones marked, each a link to what it is about
 * (following it marks it read); "Mark all as read"; older ones a page at a time. New ones appear as they
 * arrive.
 */
export function NotificationsPage() {
  const { t } = useTranslation(NOTIFICATIONS_NAMESPACE);
  const location = useLocation();
  const navigate = useNavigate();
  const { page, loading, error, loadMore } = useNotifications();
  const [markRead] = useMarkNotificationsRead();
  const [markAllRead, { loading: markingAll }] = useMarkAllNotificationsRead();
  const [allMarked, setAllMarked] = useState(false);
  const [failed, setFailed] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  useDocumentTitle(t('list.title'), SERVICE_NAME);
  const saved = savedMessage(location.state);

  const open = async (notification: NotificationItem) => {
    if (!notification.read) await markRead({ variables: { ids: [notification.id] } }).catch(() => undefined);
    await navigate(notification.link);
  };

  const onMarkAll = async () => {
    setFailed(false);
    try {
      await markAllRead();
      setAllMarked(true);
    } catch {
      setFailed(true);
    }
  };

  const onLoadMore = async () => {
    setLoadingMore(true);
    try {
      await loadMore();
    } catch {
      setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  const unread = page?.unreadCount ?? 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {saved === 'preferences-saved' && <NotificationBanner type="success" title={t('successTitle')} heading={t('preferences.saved')} />}
        {allMarked && unread === 0 && <NotificationBanner type="success" title={t('successTitle')} heading={t('list.markedAllRead')} />}
        {failed && (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">{t('errorPrefix')}:</span> {t('serviceProblem')}
          </p>
        )}
        <h1 className="govuk-heading-xl">{t('list.title')}</h1>
        <p className="govuk-body">{t('list.intro')}</p>
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={NOTIFICATION_PREFERENCES_PATH}>
            {t('list.preferencesLink')}
          </ServiceLink>
        </p>
        {page === undefined ? (
          <p className="govuk-body" role="status">
            {loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : page.items.length === 0 ? (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">{t('list.empty')}</p>
            <p className="govuk-body">{t('list.emptyHint')}</p>
          </>
        ) : (
          <>
            <p className="govuk-body" data-testid="unread-summary">
              {t('list.unreadCount', { count: unread })}
            </p>
            {unread > 0 && (
              <Button variant="secondary" type="button" disabled={markingAll} onClick={() => void onMarkAll()}>
                {t('list.markAllRead')}
              </Button>
            )}
            <h2 className="govuk-visually-hidden">{t('list.caption')}</h2>
            <ul className="govuk-list" aria-label={t('list.caption')}>
              {page.items.map((notification) => (
                <NotificationRow key={notification.id} notification={notification} onOpen={(n) => void open(n)} />
              ))}
            </ul>
            {page.nextCursor ? (
              <Button variant="secondary" type="button" disabled={loadingMore} onClick={() => void onLoadMore()}>
                {t('list.loadMore')}
              </Button>
            ) : (
              page.items.length > 20 && <p className="govuk-body">{t('list.noMore')}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
