import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of the partnership pages. */
export const PARTNERSHIPS_NAMESPACE = 'partnerships';

/** The text by language, for the app's i18next resources. */
export const partnershipsResources = { en, cy } as const;
