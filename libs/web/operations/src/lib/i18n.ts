import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of the operations pages. */
export const OPERATIONS_NAMESPACE = 'operations';

/** The text by language, for the app's i18next resources. */
export const operationsResources = { en, cy } as const;
