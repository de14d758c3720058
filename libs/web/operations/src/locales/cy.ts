import { en, type OperationsMessages } from './en.js';

/** Welsh text of the operations pages: the English text, waiting for a Welsh translator. The type keeps it complete. */
export const cy: OperationsMessages = en;
