import { en, type AuditMessages } from './en.js';

/** Welsh text of the audit trail: English until it is translated. */
export const cy: AuditMessages = { ...en, title: 'Trywydd archwilio', heading: 'Trywydd archwilio' };
