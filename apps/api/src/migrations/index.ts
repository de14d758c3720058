import { CreateOrganisations1795833663737 } from './1795833663737-CreateOrganisations.js';

/** Every migration, oldest first. Written by `npm run migration:generate`. */
export const MIGRATIONS = [CreateOrganisations1795833663737];
