import { INVITATION_PROBLEM_MESSAGES, PASSWORD_PROBLEM_MESSAGES, RESET_LINK_PROBLEM_MESSAGES, type ErrorCode } from '@liaise/shared-domain';

/**
 * Words for every code the api refuses with. `satisfies` makes the build fail on a code without words.
 * These are the generic words; a form words a code for one of its fields among its own words (see
 * `problemWords`). `{{…}}` are the problem's `params`.
 */
const codesEn = {
  BAD_USER_INPUT: 'Check what you entered and try again',
  NOT_FOUND: 'This page or item was not found: it may have been removed',
  STALE: 'Someone else changed this while you were looking at it. Check it and make your changes again.',
  INVALID_STATE: 'This cannot be done at this stage',
  INVALID_TRANSITION: 'This cannot be changed like that at this stage',
  NOT_EDITABLE: 'This can no longer be changed',
  REASON_REQUIRED: 'Enter the reason',
  DUPLICATE_NAME: 'That name is already taken',
  NOT_YOUR_SIDE: 'Only the other organisation can do this',
  ALREADY_DONE: 'This has already been done',
  REQUIRED: 'Enter an answer',
  TOO_LONG: 'Enter {{max}} characters or fewer',
  TOO_MANY: 'Choose {{max}} or fewer',
  NOT_A_WHOLE_NUMBER: 'Enter a whole number',
  TOO_SMALL: 'Enter a number of {{min}} or more',
  TOO_LARGE: 'Enter a number of {{max}} or fewer',
  INVALID_DATE: 'Enter a real date',
  IN_THE_PAST: 'Enter a date in the future',
  TOO_EARLY: 'Enter a later date',
  TOO_LATE: 'Enter an earlier date',
  UNAUTHENTICATED: 'Sign in to continue',
  SECOND_FACTOR_REQUIRED: 'Enter the code from your authenticator app to continue',
  ROLE_NOT_ALLOWED: 'Choose a role people in your organisation can have',
  ORGANISATION_SUSPENDED: 'Reactivate the organisation first',
  NOT_A_FORCE: 'Only a police force can do this',
  NOT_THE_PARTNER: 'Only the invited partner can answer an invitation',
  NOT_THE_FORCE: 'Only the force that planned the operation can do this',
  CANNOT_DISABLE_SELF: 'You cannot disable your own account: ask another administrator to do it',
  CANNOT_CHANGE_OWN_ROLE: 'You cannot change your own role: ask another administrator to do it',
  USE_NOTIFY_PARTNERS: 'To notify partners, choose the partners to invite and send the invitations',
  CHECKLIST_INCOMPLETE: 'Answer every item of the readiness checklist first',
  CHECKLIST_SETTLED: 'The readiness checklist can no longer be changed',
  ALREADY_RELEASED: 'The details are already available to the named attendees of accepting partners',
  INVITATION_CLOSED: 'This invitation can no longer be answered or changed',
  INVITATION_PENDING: 'This e-mail address already has an invitation waiting: withdraw it to send a new one',
  PARTNERSHIP_EXISTS: 'There is already a partnership with this organisation',
  SIGN_IN_REFUSED: 'Enter a correct e-mail address and password',
  // `params.minutes`: how long the pause lasts, as the api counts it
  SIGN_IN_PAUSED: 'Too many attempts to sign in: try again in $t(errors:minutes, {"count": {{minutes}} })',
  TOO_MANY_WRONG_CODES: 'You entered too many wrong codes: sign in again with your e-mail address and password',
  CODE_INCORRECT: 'The code is not right: check your authenticator app and try again',
  CODE_ALREADY_USED: 'That code has already been used: wait for the next one',
  ALREADY_ENROLLED: 'Two-factor sign-in is already set up for your account',
  ENROLMENT_REQUIRED: 'Set up two-factor sign-in to continue',
  ENROLMENT_NOT_STARTED: 'Start setting up two-factor sign-in first',
  CURRENT_PASSWORD_INCORRECT: 'Your current password is not right',
  WEAK_PASSWORD: 'Choose a stronger password',
  EMAIL_HAS_ACCOUNT: 'This e-mail address already has a Liaise account',
  ...INVITATION_PROBLEM_MESSAGES,
  ...RESET_LINK_PROBLEM_MESSAGES,
} as const satisfies Record<ErrorCode, string>;

export const errorsEn = {
  ...codesEn,
  /** For a code this web does not know (an older or newer api). */
  UNKNOWN_CODE: 'Sorry, there is a problem with the service. Try again later.',
  /** The service failed or could not be reached: nothing the person can put right. */
  SERVICE_FAILED: 'Sorry, there is a problem with the service. Try again later.',
  // WEAK_PASSWORD by its reason (params.reason)
  WEAK_PASSWORD_TOO_SHORT: PASSWORD_PROBLEM_MESSAGES.TOO_SHORT,
  WEAK_PASSWORD_TOO_LONG: PASSWORD_PROBLEM_MESSAGES.TOO_LONG,
  WEAK_PASSWORD_TOO_COMMON: PASSWORD_PROBLEM_MESSAGES.TOO_COMMON,
  WEAK_PASSWORD_CONTAINS_PERSONAL_DETAIL: PASSWORD_PROBLEM_MESSAGES.CONTAINS_PERSONAL_DETAIL,
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  summaryTitle: 'There is a problem',
  prefix: 'Error',
};
