/** How long an invitation's one-time link works after it is sent. */
export const INVITATION_VALID_HOURS = 72;

/** How long a password reset's one-time link works after it is sent. */
export const PASSWORD_RESET_VALID_MINUTES = 60;

/** At most this many password reset e-mails go to one account in an hour, however many are asked for. */
export const PASSWORD_RESETS_PER_HOUR = 3;

/** Why an invitation link does not work, each with what the person should do. */
export const INVITATION_PROBLEM_MESSAGES = {
  INVITATION_NOT_FOUND:
    "This invitation link is not recognised: check you copied the whole link from the e-mail, or ask your organisation's administrator to invite you again",
  INVITATION_EXPIRED: "This invitation has expired: ask your organisation's administrator to invite you again",
  INVITATION_USED: 'This invitation has already been used: sign in with your e-mail address and password',
  INVITATION_REVOKED: "This invitation has been withdrawn: ask your organisation's administrator if you should still join",
} as const;
export type InvitationProblem = keyof typeof INVITATION_PROBLEM_MESSAGES;

/** Why a password reset link does not work. */
export const RESET_LINK_PROBLEM_MESSAGES = {
  RESET_LINK_NOT_FOUND: 'This password reset link is not recognised: check you copied the whole link from the e-mail, or ask for a new one',
  RESET_LINK_EXPIRED: 'This password reset link has expired: ask for a new one',
  RESET_LINK_USED: 'This password reset link has already been used: ask for a new one if you need to',
} as const;
export type ResetLinkProblem = keyof typeof RESET_LINK_PROBLEM_MESSAGES;
