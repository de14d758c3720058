/** The pages of this library. */
export const OPERATIONS_PATH = '/operations';
export const NEW_OPERATION_PATH = '/operations/new';
export const CHECKLIST_ITEMS_PATH = '/operations/checklist-items';
export const OPERATION_PATH = '/operations/:id';
export const OPERATION_STEP_PATH = '/operations/:id/edit/:step';
export const OPERATION_ACTION_PATH = '/operations/:id/action/:action';
export const RELEASE_DETAILS_PATH = '/operations/:id/release';
export const ATTENDANCE_PATH = '/operations/:id/attendance';
export const NAMED_OFFICERS_PATH = '/operations/:id/officers';
export const WITHDRAW_INVITATION_PATH = '/operations/:id/invitations/:invitationId/withdraw';

/** The steps of the form that plans an operation, in order. */
export const STEPS = ['details', 'checklist', 'partners', 'review'] as const;
export type Step = (typeof STEPS)[number];

export function isStep(value: string | undefined): value is Step {
  return (STEPS as readonly (string | undefined)[]).includes(value);
}

/** Actions with a page of their own, to give their reason. */
export const REASONED_ACTIONS = ['cancel', 'reopen'] as const;
export type ReasonedAction = (typeof REASONED_ACTIONS)[number];

export const operationPath = (id: string) => `/operations/${encodeURIComponent(id)}`;
/** A step of the form for an operation; `search` (with its `?`) carries the chosen partners along. */
export const stepPath = (id: string, step: Step, search = '') => `${operationPath(id)}/edit/${step}${search === '?' ? '' : search}`;
export const actionPath = (id: string, action: ReasonedAction) => `${operationPath(id)}/action/${action}`;
export const releasePath = (id: string) => `${operationPath(id)}/release`;
export const attendancePath = (id: string) => `${operationPath(id)}/attendance`;
export const namedOfficersPath = (id: string) => `${operationPath(id)}/officers`;
export const withdrawInvitationPath = (id: string, invitationId: string) => `${operationPath(id)}/invitations/${encodeURIComponent(invitationId)}/withdraw`;

/** The step after `step` (the review has none). */
export function nextStep(step: Step): Step | undefined {
  return STEPS[STEPS.indexOf(step) + 1];
}

/** The step before `step` (the details have none). */
export function previousStep(step: Step): Step | undefined {
  const index = STEPS.indexOf(step);
  return index <= 0 ? undefined : STEPS[index - 1];
}
