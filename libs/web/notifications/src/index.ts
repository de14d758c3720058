export { NOTIFICATIONS_NAMESPACE, notificationsResources } from './lib/i18n.js';
export { NotificationsLiveRegion, UnreadCount, useNotificationsNavigationItem } from './lib/navigation.js';
export { NotificationsPage, type NotificationsPageState } from './lib/notifications-page.js';
export { NOTIFICATION_PREFERENCES_PATH, NOTIFICATIONS_PATH } from './lib/paths.js';
export { NotificationPreferencesPage } from './lib/preferences-page.js';
export {
  NOTIFICATION_QUERIES,
  NOTIFICATION_RECEIVED_SUBSCRIPTION,
  NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  useMayHaveNotifications,
  useNotificationReceived,
  useUnreadNotificationCount,
  type NotificationItem,
} from './lib/use-notifications.js';
export type { NotificationsMessages } from './locales/en.js';
