import type { Translation } from '../translation.js';
import type { errorsEn } from './errors.en.js';

/** Welsh words for problems, as far as they are translated: English shows for the rest. */
export const errorsCy: Translation<typeof errorsEn> = { summaryTitle: 'Mae problem wedi codi', prefix: 'Gwall' };
