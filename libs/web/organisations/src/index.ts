export { ORGANISATIONS_NAMESPACE, organisationsResources } from './lib/i18n.js';
export { OrganisationEditPage } from './lib/organisation-edit-page.js';
export { OrganisationPage, type OrganisationSavedState } from './lib/organisation-page.js';
export { ORGANISATION_EDIT_PATH, ORGANISATION_PATH } from './lib/paths.js';
export { MY_ORGANISATION_QUERY, UPDATE_MY_ORGANISATION_MUTATION, useMyOrganisation, useUpdateMyOrganisation } from './lib/use-my-organisation.js';
export type { OrganisationsMessages } from './locales/en.js';
export { PLATFORM_ORGANISATIONS_PATH, PlatformOrganisationsPage } from './lib/platform-organisations-page.js';
