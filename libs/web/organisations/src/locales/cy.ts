import { en, type OrganisationsMessages } from './en.js';

/** Welsh text of the organisations pages: the English text, waiting for a Welsh translator. The type keeps it complete. */
export const cy: OrganisationsMessages = en;
