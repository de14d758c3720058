import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of the public pages. */
export const SERVICE_NAMESPACE = 'service';

/** The public pages' text by language, for the app's i18next resources. */
export const serviceResources = { en, cy } as const;
