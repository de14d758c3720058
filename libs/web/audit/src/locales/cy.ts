import type { Translation } from '@liaise/web-ui';
import type { AuditMessages } from './en.js';

/** Welsh text of the audit trail, as far as it is translated: English shows for the rest. */
export const cy: Translation<AuditMessages> = { title: 'Trywydd archwilio', heading: 'Trywydd archwilio' };
