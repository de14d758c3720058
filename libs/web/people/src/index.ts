export { ChangeRolePage } from './lib/change-role-page.js';
export { ForgotPasswordPage } from './lib/forgot-password-page.js';
export { PEOPLE_NAMESPACE, peopleResources } from './lib/i18n.js';
export { InvitePage } from './lib/invite-page.js';
export { JoinPage } from './lib/join-page.js';
export {
  CHANGE_ROLE_PATH,
  changeRolePath,
  DISABLE_PERSON_PATH,
  disablePersonPath,
  ENABLE_PERSON_PATH,
  enablePersonPath,
  FORGOT_PASSWORD_PATH,
  INVITE_PATH,
  JOIN_PATH,
  PEOPLE_PATH,
  RESET_PASSWORD_PATH,
} from './lib/paths.js';
export { PeoplePage } from './lib/people-page.js';
export { PersonStatusPage, type PersonStatusPageProps } from './lib/person-status-page.js';
export { ResetPasswordPage } from './lib/reset-password-page.js';
export type { PeopleMessages } from './locales/en.js';
