/** The pages of this library. */
export const SIGN_IN_PATH = '/sign-in';
/** The second step of signing in, for roles that need it: a code from the authenticator app. */
export const SECOND_FACTOR_PATH = '/sign-in/code';
/** Instead of the second step, the first time: setting up the authenticator app. */
export const SET_UP_AUTHENTICATOR_PATH = '/sign-in/set-up-authenticator';
export const HOME_PATH = '/home';
export const ACCOUNT_PATH = '/account';
export const SIGN_OUT_EVERYWHERE_PATH = '/account/sign-out-everywhere';

/** The sign-in page's query parameter: where to go once signed in. */
export const RETURN_TO_PARAM = 'returnTo';

const BASE = 'https://liaise.invalid';

/**
 * `value` if it is a path on this site to come back to after signing in, else undefined. Only a path that
 * starts with one `/` qualifies: never `//host` or `/\host` (which browsers read as another site), a full
 * address, or anything with a backslash, white space or a control character in it (browsers drop some of
 * those, which can turn a path into another site's address). Never a page of signing in itself.
 */
export function safeReturnTo(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  if (url.pathname === SIGN_IN_PATH || url.pathname.startsWith(`${SIGN_IN_PATH}/`)) return undefined;
  return value;
}

/** A page's address with where to come back to, when that is a path on this site. */
function withReturnTo(path: string, returnTo: string | null | undefined): string {
  const safe = safeReturnTo(returnTo);
  return safe === undefined ? path : `${path}?${new URLSearchParams({ [RETURN_TO_PARAM]: safe }).toString()}`;
}

/** The sign-in page's address, with where to come back to when that is a path on this site. */
export function signInPath(returnTo?: string | null): string {
  return withReturnTo(SIGN_IN_PATH, returnTo);
}

/** What a session still has to do (the api's SecondFactorStep). */
export type SignInStep = 'DONE' | 'ENTER_CODE' | 'ENROL';

/**
 * Where a person with a session goes next: the code page or the authenticator set-up while the session
 * waits for its second factor (keeping where to come back to), else where they were going, or home.
 */
export function nextSignInPath(step: SignInStep, returnTo: string | null | undefined): string {
  switch (step) {
    case 'ENTER_CODE':
      return withReturnTo(SECOND_FACTOR_PATH, returnTo);
    case 'ENROL':
      return withReturnTo(SET_UP_AUTHENTICATOR_PATH, returnTo);
    case 'DONE':
      return safeReturnTo(returnTo) ?? HOME_PATH;
  }
}
