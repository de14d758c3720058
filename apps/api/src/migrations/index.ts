import { CreateOrganisations1795833663737 } from './1795833663737-CreateOrganisations.js';
import { CreateAccountsAndSessions1795835377617 } from './1795835377617-CreateAccountsAndSessions.js';
import { CreateAuditTrail1795840000000 } from '@liaise/api-audit';
import { AddTwoFactorSignIn1795843000000 } from './1795843000000-AddTwoFactorSignIn.js';

/**
 * Every migration, oldest first. `npm run migration:generate` adds generated ones; a feature library may keep
 * its own migration (the audit trail's is hand-written SQL) and is listed here in timestamp order.
 */
export const MIGRATIONS = [
  CreateOrganisations1795833663737,
  CreateAccountsAndSessions1795835377617,
  CreateAuditTrail1795840000000,
  AddTwoFactorSignIn1795843000000,
];
