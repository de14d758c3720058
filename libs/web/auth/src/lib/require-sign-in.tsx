import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { AUTH_NAMESPACE } from './i18n.js';
import { nextSignInPath, signInPath } from './paths.js';
import { isSessionEndedError } from './session-ended.js';
import { SignedInViewerContext, useViewer } from './use-viewer.js';

/**
 * The route around every page for signed-in people: while the api is asked who is signed in, a loading
 * message (never the page); no one signed in, the sign-in page, to come back here after (or the second
 * step of signing in, for a session still waiting for it); fully signed in, the page, which reads the person with `useSignedInViewer()`. If the api cannot be reached, the error goes to
 * the route's error page ("Sorry, there is a problem with the service").
 */
export function RequireSignIn() {
  const { t } = useTranslation(AUTH_NAMESPACE);
  const { viewer, error } = useViewer();
  const { pathname, search, hash } = useLocation();

  const here = `${pathname}${search}${hash}`;
  if (viewer === null) return <Navigate to={signInPath(here)} replace />;
  // Password given, second factor not yet: that step first, then back here.
  if (viewer !== undefined && viewer.secondFactorStep !== 'DONE') {
    return <Navigate to={nextSignInPath(viewer.secondFactorStep, here)} replace />;
  }
  if (viewer === undefined) {
    // An ended session is the app's to handle (it goes to the sign-in page): keep waiting until it has.
    if (error !== undefined && !isSessionEndedError(error)) throw error;
    return (
      <p className="govuk-body" role="status" data-testid="checking-sign-in">
        {t('requireSignIn.loading')}
      </p>
    );
  }
  return (
    <SignedInViewerContext value={viewer}>
      <Outlet />
    </SignedInViewerContext>
  );
}
