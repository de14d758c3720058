import { cy } from '../locales/cy.js';
import { en } from '../locales/en.js';

/** The i18next namespace of the training pages. */
export const TRAINING_NAMESPACE = 'training';

/** The text by language, for the app's i18next resources. */
export const trainingResources = { en, cy } as const;
