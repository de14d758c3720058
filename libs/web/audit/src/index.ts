import { cy } from './locales/cy.js';
import { en } from './locales/en.js';

export { AUDIT_NAMESPACE, AUDIT_PATH, AuditPage } from './lib/audit-page.js';
export type { AuditMessages } from './locales/en.js';

/** The text by language, for the app's i18next resources. */
export const auditResources = { en, cy } as const;
