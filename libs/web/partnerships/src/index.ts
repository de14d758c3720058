export { PartnershipAgreementPage } from './lib/agreement-page.js';
export { PARTNERSHIPS_NAMESPACE, partnershipsResources } from './lib/i18n.js';
export { PartnershipPage } from './lib/partnership-page.js';
export { PartnershipsPage } from './lib/partnerships-page.js';
export {
  agreementPath,
  CHANGE_PARTNERSHIP_STATUS_PATH,
  PARTNERSHIP_AGREEMENT_PATH,
  PARTNERSHIP_PATH,
  partnershipPath,
  PARTNERSHIPS_PATH,
  PROPOSE_PARTNERSHIP_PATH,
  RESPOND_TO_PARTNERSHIP_PATH,
  respondPath,
  statusChangePath,
} from './lib/paths.js';
export { ProposePartnershipPage } from './lib/propose-partnership-page.js';
export { RespondToPartnershipPage } from './lib/respond-page.js';
export { PartnershipStatusChangePage } from './lib/status-change-page.js';
export { PARTNERSHIPS_QUERY, PARTNERSHIP_QUERY, usePartnership, usePartnerships } from './lib/use-partnerships.js';
export type { PartnershipsMessages } from './locales/en.js';
