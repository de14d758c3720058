import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of the invitation pages. */
export const INVITATIONS_NAMESPACE = 'invitations';

/** The text by language, for the app's i18next resources. */
export const invitationsResources = { en, cy } as const;
