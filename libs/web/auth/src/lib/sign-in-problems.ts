import { CombinedGraphQLErrors } from '@apollo/client';
import { listedProblems } from '@liaise/web-graphql';

/** The fields of the sign-in page, and the code field of the second step. */
export type SignInField = 'email' | 'password' | 'code';

/** What is wrong with a sign-in, and which field to show it on (none: the service failed). */
export interface SignInProblem {
  readonly field?: SignInField;
  readonly message: string;
}

/** The form's fields as typed. */
export interface SignInForm {
  readonly email: string;
  readonly password: string;
}

export interface MissingFieldMessages {
  /** "Enter your e-mail address" */
  readonly email: string;
  /** "Enter your password" */
  readonly password: string;
}

/** The checks made before asking the api: only that both fields are filled in. */
export function checkSignInForm(form: SignInForm, messages: MissingFieldMessages): SignInProblem[] {
  const problems: SignInProblem[] = [];
  if (form.email.trim() === '') problems.push({ field: 'email', message: messages.email });
  if (form.password === '') problems.push({ field: 'password', message: messages.password });
  return problems;
}

/** Refusals the api explains in a message for the person. */
const REFUSALS = new Set(['SIGN_IN_REFUSED', 'SIGN_IN_PAUSED', 'BAD_USER_INPUT']);

function fieldOf(message: string, named: unknown): SignInField {
  if (named === 'email' || named === 'password' || named === 'code') return named;
  // Input validation names no field: its messages do ("Enter your password").
  return /password/i.test(message) ? 'password' : 'email';
}

/**
 * The api's answer to a refused sign-in, as problems to show: one per field at most, the first. A refusal
 * of the e-mail address and password together ("Enter a correct e-mail address and password", "Too many
 * attempts…") goes with the first field, the e-mail address. Undefined when the error is not a refusal
 * (the api failed or could not be reached): the page says the service has a problem.
 */
export function signInProblems(error: unknown): SignInProblem[] | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const problems: SignInProblem[] = [];
  for (const graphqlError of error.errors) {
    const code = graphqlError.extensions?.['code'];
    if (typeof code !== 'string' || !REFUSALS.has(code)) return undefined;
    const listed = code === 'BAD_USER_INPUT' ? listedProblems(graphqlError.extensions?.['problems']) : [];
    const named = graphqlError.extensions?.['field'];
    for (const { message, field: own } of listed.length > 0 ? listed : [{ message: graphqlError.message }]) {
      const field = code === 'BAD_USER_INPUT' ? fieldOf(message, own ?? named) : 'email';
      if (!problems.some((problem) => problem.field === field)) problems.push({ field, message });
    }
  }
  return problems.length === 0 ? undefined : problems;
}

/** Refusals of a code from the authenticator app (or a recovery code), explained in the api's message. */
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
export function codeProblems(error: unknown): SignInProblem[] | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const first = error.errors[0];
  const code = first?.extensions?.['code'];
  if (first === undefined || typeof code !== 'string' || !CODE_REFUSALS.has(code)) return undefined;
  const message = listedProblems(first.extensions?.['problems'])[0]?.message ?? first.message;
  return [{ field: 'code', message }];
}

/** True when the api refused a code and ended the half-signed-in session with it (too many wrong codes). */
export function endedSigningIn(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphqlError) => graphqlError.extensions?.['code'] === 'TOO_MANY_WRONG_CODES');
}
