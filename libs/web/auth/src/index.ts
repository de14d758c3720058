export { AccountPage } from './lib/account-page.js';
export { AUTH_NAMESPACE, authResources } from './lib/i18n.js';
export {
  ACCOUNT_PATH,
  HOME_PATH,
  nextSignInPath,
  RETURN_TO_PARAM,
  SECOND_FACTOR_PATH,
  SET_UP_AUTHENTICATOR_PATH,
  SIGN_IN_PATH,
  SIGN_OUT_EVERYWHERE_PATH,
  safeReturnTo,
  signInPath,
  type SignInStep,
} from './lib/paths.js';
export { RequireSignIn } from './lib/require-sign-in.js';
export { CODE_FIELD_ID, SecondFactorPage, SetUpAuthenticatorPage } from './lib/second-factor-pages.js';
export { roleName } from './lib/role-name.js';
export {
  createSessionEndedLink,
  HANDLES_SESSION_END,
  isSessionEndedError,
  signInAgain,
  UNAUTHENTICATED,
  type SignInRouter,
} from './lib/session-ended.js';
export { signInLocationState, signInNoticeOf, type SignInLocationState, type SignInNotice } from './lib/sign-in-notice.js';
export { SIGN_IN_FIELD_IDS, SignInPage } from './lib/sign-in-page.js';
export { checkSignInForm, codeProblems, signInProblems, type SignInField } from './lib/sign-in-problems.js';
export { SignOutEverywherePage } from './lib/sign-out-everywhere-page.js';
export {
  BEGIN_TWO_FACTOR_ENROLMENT_MUTATION,
  CONFIRM_TWO_FACTOR_ENROLMENT_MUTATION,
  useTwoFactorEnrolment,
  useVerifySecondFactor,
  VERIFY_SECOND_FACTOR_MUTATION,
  type CodeOutcome,
  type SecondFactorResult,
  type TwoFactorEnrolment,
  type TwoFactorEnrolmentResult,
} from './lib/use-second-factor.js';
export { SIGN_IN_MUTATION, useSignIn, type SignInOutcome, type SignInResult } from './lib/use-sign-in.js';
export { SIGN_OUT_EVERYWHERE_MUTATION, SIGN_OUT_MUTATION, useSignOut, useSignOutEverywhere, type SignOutResult } from './lib/use-sign-out.js';
export {
  isFullySignedIn,
  resetSession,
  SignedInViewerContext,
  useSignedInViewer,
  useViewer,
  VIEWER_FIELDS,
  VIEWER_QUERY,
  type SignedInViewer,
  type ViewerResult,
} from './lib/use-viewer.js';
export type { AuthMessages } from './locales/en.js';
export { CHANGE_PASSWORD_PATH, ChangePasswordPage } from './lib/change-password-page.js';
