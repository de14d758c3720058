import { errorsCy } from './errors.cy.js';
import { errorsEn } from './errors.en.js';

/** The i18next namespace of the words for problems: one per code, and a form's own words for its fields. */
export const ERRORS_NAMESPACE = 'errors';

export const errorsResources = { en: errorsEn, cy: errorsCy } as const;
