import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { Problem } from '@liaise/shared-domain';
import { graphql } from '@liaise/web-graphql';
import { signInProblems } from './sign-in-problems.js';
import { resetSession, type SignedInViewer } from './use-viewer.js';

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...ViewerFields
    }
  }
`);

export type SignInOutcome =
  | { readonly signedIn: true; readonly viewer: SignedInViewer }
  /** `problems` undefined: not a refusal, the service failed. */
  | { readonly signedIn: false; readonly problems: Problem[] | undefined };

export interface SignInResult {
  readonly signIn: (email: string, password: string) => Promise<SignInOutcome>;
  readonly signingIn: boolean;
}

/**
 * Signs in (the api sets the session cookie). On success the cache forgets whatever it held before (someone
 * else may have been signed in) and learns who is signed in now, so the next page has the person at once.
 */
export function useSignIn(): SignInResult {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SIGN_IN_MUTATION);
  const signIn = useCallback(
    async (email: string, password: string): Promise<SignInOutcome> => {
      let viewer: SignedInViewer;
      try {
        const { data } = await mutate({ variables: { input: { email: email.trim(), password } } });
        if (data === undefined || data === null) return { signedIn: false, problems: undefined };
        viewer = data.signIn;
      } catch (error: unknown) {
        return { signedIn: false, problems: signInProblems(error) };
      }
      await resetSession(client, viewer);
      return { signedIn: true, viewer };
    },
    [client, mutate],
  );
  return { signIn, signingIn: loading };
}
