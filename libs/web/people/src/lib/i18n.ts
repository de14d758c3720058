import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of joining, forgotten passwords and an organisation's people. */
export const PEOPLE_NAMESPACE = 'people';

/** The text by language, for the app's i18next resources. */
export const peopleResources = { en, cy } as const;
