import { en, type InvitationsMessages } from './en.js';

/** Welsh text of the invitation pages: the English text, waiting for a Welsh translator. The type keeps it complete. */
export const cy: InvitationsMessages = en;
