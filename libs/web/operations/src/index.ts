export { AttendancePage } from './lib/attendance-page.js';
export { ChecklistItemsPage } from './lib/checklist-items-page.js';
export { DetailsStepPage } from './lib/details-step-page.js';
export { addDays, ForceHomeSections, thisWeek } from './lib/home-sections.js';
export { OPERATIONS_NAMESPACE, operationsResources } from './lib/i18n.js';
export { operationsNavigation } from './lib/navigation.js';
export { NamedOfficersPage } from './lib/named-officers-page.js';
export { OperationActionPage } from './lib/operation-action-page.js';
export { OperationPage } from './lib/operation-page.js';
export { OperationStepPage } from './lib/operation-step-page.js';
export { OperationsPage } from './lib/operations-page.js';
export {
  ATTENDANCE_PATH,
  CHECKLIST_ITEMS_PATH,
  NAMED_OFFICERS_PATH,
  NEW_OPERATION_PATH,
  OPERATION_ACTION_PATH,
  OPERATION_PATH,
  OPERATION_STEP_PATH,
  operationPath,
  OPERATIONS_PATH,
  RELEASE_DETAILS_PATH,
  stepPath,
  WITHDRAW_INVITATION_PATH,
} from './lib/paths.js';
export { ReleaseDetailsPage } from './lib/release-details-page.js';
export { useOrganisationKind } from './lib/use-operations.js';
export { WithdrawInvitationPage } from './lib/withdraw-invitation-page.js';
export type { OperationsMessages } from './locales/en.js';
