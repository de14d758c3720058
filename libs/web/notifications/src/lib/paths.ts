/** The pages of this library. */
export const NOTIFICATIONS_PATH = '/notifications';
export const NOTIFICATION_PREFERENCES_PATH = '/notifications/preferences';
