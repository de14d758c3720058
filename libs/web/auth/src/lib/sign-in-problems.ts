import type { Problem } from '@liaise/shared-domain';
import { apiProblems } from '@liaise/web-graphql';

/** The fields of the sign-in page, and the code field of the second step. */
export type SignInField = 'email' | 'password' | 'code';

/** The form's fields as typed. */
export interface SignInForm {
  readonly email: string;
  readonly password: string;
}

/** The checks made before asking the api: only that both fields are filled in. */
export function checkSignInForm(form: SignInForm): Problem<SignInField>[] {
  const problems: Problem<SignInField>[] = [];
  if (form.email.trim() === '') problems.push({ field: 'email', code: 'REQUIRED' });
  if (form.password === '') problems.push({ field: 'password', code: 'REQUIRED' });
  return problems;
}

/** Refusals of a sign-in the person can put right. */
const REFUSALS = new Set(['SIGN_IN_REFUSED', 'SIGN_IN_PAUSED', 'BAD_USER_INPUT', 'REQUIRED', 'TOO_LONG']);

/**
 * The api's answer to a refused sign-in, as problems to show, each on the field the api names. A refusal of
 * the e-mail address and password together ("Enter a correct e-mail address and password", "Too many attempts…") goes with the first
 * field, the e-mail address. Undefined when the error is not such a refusal (the api failed or could not
 * be reached): the page says the service has a problem.
 */
export function signInProblems(error: unknown): Problem[] | undefined {
  const problems = apiProblems(error);
  if (problems === undefined || !problems.every((problem) => REFUSALS.has(problem.code))) return undefined;
  return problems.map((problem) => (problem.field === undefined ? { ...problem, field: 'email' } : problem));
}

/** Refusals of a code from the authenticator app (or a recovery code). */
const CODE_REFUSALS = new Set([
  'BAD_USER_INPUT',
  'CODE_INCORRECT',
  'CODE_ALREADY_USED',
  'SIGN_IN_PAUSED',
  'ENROLMENT_NOT_STARTED',
  'ENROLMENT_REQUIRED',
  'ALREADY_ENROLLED',
]);

/**
 * The api's answer to a refused code (the second step of signing in, or setting up the app), as a problem
 * to show on the code field: the first only. Undefined when the error is not a refusal: the page says the
 * service has a problem (or, for an ended session, the app has sent the person to sign in again).
 */
export function codeProblems(error: unknown): Problem[] | undefined {
  const first = apiProblems(error)?.[0];
  if (first === undefined || !CODE_REFUSALS.has(first.code)) return undefined;
  return [{ ...first, field: 'code' }];
}

/** True when the api refused a code and ended the half-signed-in session with it (too many wrong codes). */
export function endedSigningIn(error: unknown): boolean {
  return apiProblems(error)?.some((problem) => problem.code === 'TOO_MANY_WRONG_CODES') === true;
}
