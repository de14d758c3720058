import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '@liaise/web-graphql';
import { SIGN_IN_PATH } from './paths.js';
import { HANDLES_SESSION_END, isSessionEndedError } from './session-ended.js';
import { signInLocationState, type SignInNotice } from './sign-in-notice.js';
import { resetSession } from './use-viewer.js';

export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SIGN_OUT_EVERYWHERE_MUTATION = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export interface SignOutResult {
  /** Signs out, then shows the sign-in page with a banner saying so. */
  readonly signOut: () => Promise<void>;
  readonly signingOut: boolean;
}

const CONTEXT = { [HANDLES_SESSION_END]: true };

/**
 * Shared by both ways of signing out. A session that had ended already counts as signed out. Any other
 * failure is thrown at the next render, for the route's error page ("Sorry, there is a problem"): the
 * person must not believe they signed out when the api did not confirm it.
 */
function useSignOutWith(mutate: () => Promise<unknown>, notice: SignInNotice, loading: boolean): SignOutResult {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<{ error: unknown }>();

  const signOut = useCallback(async () => {
    try {
      await mutate();
    } catch (error: unknown) {
      if (!isSessionEndedError(error)) {
        setFailure({ error });
        return;
      }
    }
    // To the sign-in page first, rendered at once: a protected page still shown must not see "no one
    // signed in" and send the person to sign in again from there.
    await navigate(SIGN_IN_PATH, { state: signInLocationState(notice), flushSync: true });
    await resetSession(client, null);
  }, [client, mutate, navigate, notice]);

  if (failure !== undefined) throw failure.error;
  return { signOut, signingOut: loading };
}

/** Ends this session. */
export function useSignOut(): SignOutResult {
  const [mutate, { loading }] = useMutation(SIGN_OUT_MUTATION, { context: CONTEXT });
  const run = useCallback(() => mutate(), [mutate]);
  return useSignOutWith(run, 'signedOut', loading);
}

/** Ends every session of the signed-in person, on every device, this one included. */
export function useSignOutEverywhere(): SignOutResult {
  const [mutate, { loading }] = useMutation(SIGN_OUT_EVERYWHERE_MUTATION, { context: CONTEXT });
  const run = useCallback(() => mutate(), [mutate]);
  return useSignOutWith(run, 'signedOutEverywhere', loading);
}
