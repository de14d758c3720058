import type { Translation } from '@liaise/web-ui';
import type { TrainingMessages } from './en.js';

/** Welsh text of the training pages, as far as it is translated (nothing yet): English shows for the rest. */
export const cy: Translation<TrainingMessages> = {};
