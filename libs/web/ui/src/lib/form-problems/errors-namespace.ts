import { errorsCy } from './errors.cy.js';
import { errorsEn } from './errors.en.js';

/** The i18next namespace of the generic words for problems, one per code; a form's own words are in its feature's. */
export const ERRORS_NAMESPACE = 'errors';

export const errorsResources = { en: errorsEn, cy: errorsCy } as const;
