import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of signing in and out and of the signed-in person's pages. */
export const AUTH_NAMESPACE = 'auth';

/** The text by language, for the app's i18next resources. */
export const authResources = { en, cy } as const;
