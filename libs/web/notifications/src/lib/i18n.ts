import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of the notifications pages. */
export const NOTIFICATIONS_NAMESPACE = 'notifications';

/** The text by language, for the app's i18next resources. */
export const notificationsResources = { en, cy } as const;
