export { PartnerHomeSections } from './lib/home-sections.js';
export { INVITATIONS_NAMESPACE, invitationsResources } from './lib/i18n.js';
export { InvitationPage } from './lib/invitation-page.js';
export { InvitationsPage } from './lib/invitations-page.js';
export { INVITATION_PATH, invitationPath, INVITATIONS_PATH, WITHDRAW_ACCEPTANCE_PATH, withdrawAcceptancePath } from './lib/paths.js';
export { WithdrawAcceptancePage } from './lib/withdraw-acceptance-page.js';
export type { InvitationsMessages } from './locales/en.js';
