import { INVITATION_PROBLEM_MESSAGES, RESET_LINK_PROBLEM_MESSAGES } from './joining.js';

/**
 * Every code the api refuses with (`extensions.code`), and the only codes a `DomainError` takes: the web
 * turns each into words, and its build fails on a code without them. Add a code here first.
 */
export const ERROR_CODES = [
  // Input and the state of things
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'STALE',
  'INVALID_STATE',
  'INVALID_TRANSITION',
  'NOT_EDITABLE',
  'REASON_REQUIRED',
  'DUPLICATE_NAME',
  'NOT_YOUR_SIDE',
  'ALREADY_DONE',
  // Access
  'UNAUTHENTICATED',
  'SECOND_FACTOR_REQUIRED',
  'ROLE_NOT_ALLOWED',
  'ORGANISATION_SUSPENDED',
  'NOT_A_FORCE',
  'NOT_THE_PARTNER',
  'NOT_THE_FORCE',
  'CANNOT_DISABLE_SELF',
  'CANNOT_CHANGE_OWN_ROLE',
  // Operations and their invitations
  'USE_NOTIFY_PARTNERS',
  'CHECKLIST_INCOMPLETE',
  'CHECKLIST_SETTLED',
  'ALREADY_RELEASED',
  'INVITATION_CLOSED',
  'INVITATION_PENDING',
  // Partnerships
  'PARTNERSHIP_EXISTS',
  // Signing in and accounts
  'SIGN_IN_REFUSED',
  'SIGN_IN_PAUSED',
  'TOO_MANY_WRONG_CODES',
  'CODE_INCORRECT',
  'CODE_ALREADY_USED',
  'ALREADY_ENROLLED',
  'ENROLMENT_REQUIRED',
  'ENROLMENT_NOT_STARTED',
  'CURRENT_PASSWORD_INCORRECT',
  'WEAK_PASSWORD',
  'EMAIL_HAS_ACCOUNT',
  // Joining and password reset links
  ...(Object.keys(INVITATION_PROBLEM_MESSAGES) as (keyof typeof INVITATION_PROBLEM_MESSAGES)[]),
  ...(Object.keys(RESET_LINK_PROBLEM_MESSAGES) as (keyof typeof RESET_LINK_PROBLEM_MESSAGES)[]),
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN = new Set<string>(ERROR_CODES);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && KNOWN.has(value);
}

/** One thing wrong with a request: which input field (none: the request as a whole) and why. */
export interface Problem<F extends string = string> {
  readonly field?: F;
  readonly code: ErrorCode;
}
