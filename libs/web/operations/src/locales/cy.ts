import type { Translation } from '@liaise/web-ui';
import type { OperationsMessages } from './en.js';

/** Welsh text of the operations pages, as far as it is translated (nothing yet): English shows for the rest. */
export const cy: Translation<OperationsMessages> = {};
