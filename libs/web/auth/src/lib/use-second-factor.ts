import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { Problem } from '@liaise/shared-domain';
import { graphql } from '@liaise/web-graphql';
import { codeProblems, endedSigningIn } from './sign-in-problems.js';
import { resetSession, type SignedInViewer } from './use-viewer.js';

export const VERIFY_SECOND_FACTOR_MUTATION = graphql(`
  mutation VerifySecondFactor($input: SecondFactorCodeInput!) {
    verifySecondFactor(input: $input) {
      ...ViewerFields
    }
  }
`);

export const BEGIN_TWO_FACTOR_ENROLMENT_MUTATION = graphql(`
  mutation BeginTwoFactorEnrolment {
    beginTwoFactorEnrolment {
      secret
      otpauthUri
      qrCodeSvg
    }
  }
`);

export const CONFIRM_TWO_FACTOR_ENROLMENT_MUTATION = graphql(`
  mutation ConfirmTwoFactorEnrolment($input: SecondFactorCodeInput!) {
    confirmTwoFactorEnrolment(input: $input) {
      recoveryCodes
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export type CodeOutcome<TDone> =
  | ({ readonly accepted: true } & TDone)
  /** `problems` undefined: not a refusal, the service failed. */
  | { readonly accepted: false; readonly problems: Problem[] | undefined };

/** As any code, or too many wrong ones: the api ended the session, and the person must give their password again. */
export type VerifyOutcome = CodeOutcome<{ readonly viewer: SignedInViewer }> | { readonly accepted: false; readonly signInAgain: true };

export interface SecondFactorResult {
  /** Gives the code from the app (or a recovery code); accepted, the session is fully signed in. */
  readonly verify: (code: string) => Promise<VerifyOutcome>;
  readonly verifying: boolean;
}

/**
 * The second step of signing in. Once the code is accepted the api starts a new session (a new cookie),
 * and the cache starts afresh with the person fully signed in.
 */
export function useVerifySecondFactor(): SecondFactorResult {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(VERIFY_SECOND_FACTOR_MUTATION);
  const verify = useCallback(
    async (code: string): Promise<VerifyOutcome> => {
      let viewer: SignedInViewer;
      try {
        const { data } = await mutate({ variables: { input: { code: code.trim() } } });
        if (data === undefined || data === null) return { accepted: false, problems: undefined };
        viewer = data.verifySecondFactor;
      } catch (error: unknown) {
        if (endedSigningIn(error)) return { accepted: false, signInAgain: true };
        return { accepted: false, problems: codeProblems(error) };
      }
      await resetSession(client, viewer);
      return { accepted: true, viewer };
    },
    [client, mutate],
  );
  return { verify, verifying: loading };
}

/** A new secret for the authenticator app, as the api gives it: to scan (the QR code) or to type. */
export interface TwoFactorEnrolment {
  readonly secret: string;
  readonly otpauthUri: string;
  /** An SVG image of the QR code. */
  readonly qrCodeSvg: string;
}

export interface TwoFactorEnrolmentResult {
  /** Asks the api for a new secret (each call replaces the one before). */
  readonly begin: () => Promise<TwoFactorEnrolment>;
  /** Confirms the app with a code it shows; accepted, the session is fully signed in. */
  readonly confirm: (
    code: string,
  ) => Promise<CodeOutcome<{ readonly viewer: SignedInViewer; readonly recoveryCodes: readonly string[] }>>;
  readonly confirming: boolean;
}

/**
 * Setting up the authenticator app, for someone whose role needs two-factor sign-in and who has not set it up:
 * a secret to add to the app, then a code from the app to confirm it. The answer to the confirmation has the
 * recovery codes, shown this once.
 */
export function useTwoFactorEnrolment(): TwoFactorEnrolmentResult {
  const client = useApolloClient();
  const [beginMutation] = useMutation(BEGIN_TWO_FACTOR_ENROLMENT_MUTATION);
  const [confirmMutation, { loading }] = useMutation(CONFIRM_TWO_FACTOR_ENROLMENT_MUTATION);

  const begin = useCallback(async (): Promise<TwoFactorEnrolment> => {
    const { data } = await beginMutation();
    if (data === undefined || data === null) throw new Error('The api gave no secret for the authenticator app.');
    return data.beginTwoFactorEnrolment;
  }, [beginMutation]);

  const confirm = useCallback(
    async (code: string): Promise<CodeOutcome<{ readonly viewer: SignedInViewer; readonly recoveryCodes: readonly string[] }>> => {
      let confirmation: { viewer: SignedInViewer; recoveryCodes: string[] };
      try {
        const { data } = await confirmMutation({ variables: { input: { code: code.trim() } } });
        if (data === undefined || data === null) return { accepted: false, problems: undefined };
        confirmation = data.confirmTwoFactorEnrolment;
      } catch (error: unknown) {
        return { accepted: false, problems: codeProblems(error) };
      }
      await resetSession(client, confirmation.viewer);
      return { accepted: true, viewer: confirmation.viewer, recoveryCodes: confirmation.recoveryCodes };
    },
    [client, confirmMutation],
  );

  return { begin, confirm, confirming: loading };
}
