import type { Translation } from '@liaise/web-ui';
import type { NotificationsMessages } from './en.js';

/** Welsh text of the notifications pages, as far as it is translated (nothing yet): English shows for the rest. */
export const cy: Translation<NotificationsMessages> = {};
