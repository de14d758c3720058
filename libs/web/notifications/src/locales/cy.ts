import { en, type NotificationsMessages } from './en.js';

/** Welsh text of the notifications pages: the English text, waiting for a Welsh translator. The type keeps it complete. */
export const cy: NotificationsMessages = en;
