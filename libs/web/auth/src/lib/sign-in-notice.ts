/**
 * Why the sign-in page was shown, carried in the navigation's state (not the address, so a reload or a
 * shared link does not repeat it): the page shows it in a notification banner.
 */
export type SignInNotice = 'signedOut' | 'signedOutEverywhere' | 'sessionEnded' | 'tooManyWrongCodes';

export interface SignInLocationState {
  readonly signInNotice: SignInNotice;
}

const NOTICES: readonly SignInNotice[] = ['signedOut', 'signedOutEverywhere', 'sessionEnded', 'tooManyWrongCodes'];

export function signInLocationState(notice: SignInNotice): SignInLocationState {
  return { signInNotice: notice };
}

/** The notice in a location's state, if it carries one. */
export function signInNoticeOf(state: unknown): SignInNotice | undefined {
  if (typeof state !== 'object' || state === null || !('signInNotice' in state)) return undefined;
  const notice = (state as { signInNotice: unknown }).signInNotice;
  return NOTICES.find((known) => known === notice);
}
