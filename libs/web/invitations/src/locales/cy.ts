import type { Translation } from '@liaise/web-ui';
import type { InvitationsMessages } from './en.js';

/** Welsh text of the invitations pages, as far as it is translated (nothing yet): English shows for the rest. */
export const cy: Translation<InvitationsMessages> = {};
