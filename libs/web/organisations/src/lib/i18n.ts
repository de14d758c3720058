import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of the organisation's profile pages. */
export const ORGANISATIONS_NAMESPACE = 'organisations';

/** The text by language, for the app's i18next resources. */
export const organisationsResources = { en, cy } as const;
