import { CombinedGraphQLErrors, type ApolloClient, type ApolloLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { RETURN_TO_PARAM, SIGN_IN_PATH, signInPath } from './paths.js';
import { signInLocationState, type SignInLocationState } from './sign-in-notice.js';
import { resetSession } from './use-viewer.js';

/** The code the api answers with when something needs a session and there is none (or it has ended). */
export const UNAUTHENTICATED = 'UNAUTHENTICATED';

/**
 * An operation's context key: true when the operation deals with an ended session itself (signing out),
 * so the link that sends people to the sign-in page leaves it alone.
 */
export const HANDLES_SESSION_END = 'liaiseHandlesSessionEnd';

/** True when `error` says the session has ended: a GraphQL error with the code UNAUTHENTICATED. */
export function isSessionEndedError(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphqlError) => graphqlError.extensions?.['code'] === UNAUTHENTICATED);
}

/** The part of react-router's data router that sending someone to the sign-in page needs. */
export interface SignInRouter {
  readonly state: { readonly location: { readonly pathname: string; readonly search: string; readonly hash: string } };
  navigate(to: string, options: { state: SignInLocationState; flushSync: boolean }): Promise<void>;
}

/**
 * After the session ended: to the sign-in page, telling the person they have been signed out, with the page
 * they were on to come back to; then the cache forgets the person. In that order: while a protected page is
 * still shown, it must not see "no one signed in" and redirect on its own (without the message). The
 * navigation is flushed to the screen at once for the same reason (react-router otherwise renders it in a
 * transition, after the cache's update).
 */
export async function signInAgain(router: SignInRouter, client: Pick<ApolloClient, 'resetStore' | 'writeQuery'>): Promise<void> {
  const { pathname, search, hash } = router.state.location;
  if (pathname !== SIGN_IN_PATH) {
    // From a step of signing in (the code page), back to its first step, still going where it was going.
    const returnTo = pathname.startsWith(`${SIGN_IN_PATH}/`)
      ? new URLSearchParams(search).get(RETURN_TO_PARAM)
      : `${pathname}${search}${hash}`;
    await router.navigate(signInPath(returnTo), { state: signInLocationState('sessionEnded'), flushSync: true });
  }
  await resetSession(client, null);
}

/**
 * A link that watches every answer for an ended session and calls `onSessionEnded` (the app sends the
 * person to the sign-in page with `signInAgain`), except for operations that deal with it themselves
 * (signing out). Several queries may fail together: the handler runs once at a time. The error still
 * reaches the query: `RequireSignIn` waits rather than showing it.
 */
export function createSessionEndedLink(onSessionEnded: (client: ApolloClient) => Promise<void>): ApolloLink {
  let running = false;
  return new ErrorLink(({ error, operation }) => {
    if (running || !isSessionEndedError(error) || operation.getContext()[HANDLES_SESSION_END] === true) return;
    running = true;
    onSessionEnded(operation.client)
      .catch((failure: unknown) => console.error(failure))
      .finally(() => {
        running = false;
      });
  });
}
