import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of what the features share. */
export const COMMON_NAMESPACE = 'common';

/** The text by language, for the app's i18next resources. */
export const commonResources = { en, cy } as const;
