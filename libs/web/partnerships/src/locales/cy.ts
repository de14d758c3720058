import type { Translation } from '@liaise/web-ui';
import type { PartnershipsMessages } from './en.js';

/** Welsh text of the partnerships pages, as far as it is translated (nothing yet): English shows for the rest. */
export const cy: Translation<PartnershipsMessages> = {};
