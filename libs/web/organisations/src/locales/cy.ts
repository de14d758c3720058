import type { Translation } from '@liaise/web-ui';
import type { OrganisationsMessages } from './en.js';

/** Welsh text of the organisations pages, as far as it is translated (nothing yet): English shows for the rest. */
export const cy: Translation<OrganisationsMessages> = {};
