import { en, type PartnershipsMessages } from './en.js';

/** Welsh text of the partnerships pages: the English text, waiting for a Welsh translator. The type keeps it complete. */
export const cy: PartnershipsMessages = en;
