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
  // One field of a form (a problem's code): generic, the web words each for its field; the limit is in `params`
  'REQUIRED',
  'TOO_LONG',
  'TOO_MANY',
  'NOT_A_WHOLE_NUMBER',
  'TOO_SMALL',
  'TOO_LARGE',
  'INVALID_DATE',
  'IN_THE_PAST',
  'TOO_EARLY',
  'TOO_LATE',
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

/** Numbers and names a problem's words need, such as a field's limit: `{ max: 200 }`. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** One thing wrong with a request: which input field (none: the request as a whole), why, and the words' values. */
export interface Problem<F extends string = string> {
  readonly field?: F;
  readonly code: ErrorCode;
  readonly params?: ProblemParams;
}

/**
 * The contract between api and web for a refusal: a GraphQL error's `extensions`. `code` is the refusal's
 * (`BAD_USER_INPUT` for input that fails its checks); `field` and `params` describe the first problem;
 * `problems` lists every problem, each with its own code (`REQUIRED`, `TOO_LONG`…), when the input was
 * checked field by field. `message` is the English text for clients without words of their own; the web
 * never reads it to decide anything.
 */
export interface RefusalExtensions {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly params?: ProblemParams;
  readonly problems?: readonly WordedProblem[];
}

/** A problem with the api's English for it. */
export type WordedProblem = Problem & { readonly message: string };
