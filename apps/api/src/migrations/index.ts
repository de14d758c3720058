import { CreateOrganisations1795833663737 } from './1795833663737-CreateOrganisations.js';
import { CreateAccountsAndSessions1795835377617 } from './1795835377617-CreateAccountsAndSessions.js';

/** Every migration, oldest first. Written by `npm run migration:generate`. */
export const MIGRATIONS = [CreateOrganisations1795833663737, CreateAccountsAndSessions1795835377617];
