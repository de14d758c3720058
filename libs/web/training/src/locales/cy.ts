import { en, type TrainingMessages } from './en.js';

/** Welsh text of the training pages: the English text, waiting for a Welsh translator. The type keeps it complete. */
export const cy: TrainingMessages = en;
