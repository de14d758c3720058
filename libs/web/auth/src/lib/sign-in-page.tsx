import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { Button, PasswordInput, ServiceLink, TextInput, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { AUTH_NAMESPACE } from './i18n.js';
import { nextSignInPath, RETURN_TO_PARAM } from './paths.js';
import { SignInNoticeBanner } from './sign-in-notice-banner.js';
import { signInNoticeOf } from './sign-in-notice.js';
import { checkSignInForm, type SignInField } from './sign-in-problems.js';
import { useSignIn } from './use-sign-in.js';

/** The fields' ids: the error summary's links point at them. */
export const SIGN_IN_FIELD_IDS: Readonly<Record<SignInField, string>> = { email: 'email', password: 'password', code: 'code' };

/**
 * The sign-in page: e-mail address and password. Empty fields are caught here; the api's refusals show in
 * the error summary and on the field. Signed in, the person goes back to where they were (`?returnTo=`, a
 * path on this site) or home, after the second step where their role needs one. A banner says why they
 * are here when they signed out or were signed out.
 */
export function SignInPage() {
  const { t } = useTranslation(AUTH_NAMESPACE);
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { signIn, signingIn } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormProblems<SignInField>(`${AUTH_NAMESPACE}:signIn`, SIGN_IN_FIELD_IDS);
  /** No attempt failed yet: the banner saying why the person is here shows until one does. */
  const [firstAttempt, setFirstAttempt] = useState(true);
  useDocumentTitle(form.title(t('signIn.title')), SERVICE_NAME);
  const notice = signInNoticeOf(location.state);
  const fail = (problems: Parameters<typeof form.fail>[0]) => {
    setFirstAttempt(false);
    form.fail(problems);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signingIn) return;
    const missing = checkSignInForm({ email, password });
    if (missing.length > 0) {
      fail(missing);
      return;
    }
    const outcome = await signIn(email, password);
    if (outcome.signedIn) {
      // Where the role needs it, the second step next (the code from the app); else where they were going.
      await navigate(nextSignInPath(outcome.viewer.secondFactorStep, searchParams.get(RETURN_TO_PARAM)), { replace: true });
      return;
    }
    setPassword('');
    fail(outcome.problems);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {form.failed ? form.summary() : firstAttempt && notice !== undefined && <SignInNoticeBanner notice={notice} />}
        <h1 className="govuk-heading-l">{t('signIn.heading')}</h1>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextInput
            id={SIGN_IN_FIELD_IDS.email}
            name="email"
            type="email"
            label={t('signIn.email')}
            autoComplete="username"
            spellCheck={false}
            autoCapitalize="none"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={form.errorFor('email')}
            errorPrefix={form.errorPrefix}
          />
          <PasswordInput
            id={SIGN_IN_FIELD_IDS.password}
            name="password"
            label={t('signIn.password')}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={form.errorFor('password')}
            errorPrefix={form.errorPrefix}
            texts={{
              show: t('signIn.passwordInput.show'),
              hide: t('signIn.passwordInput.hide'),
              showLabel: t('signIn.passwordInput.showLabel'),
              hideLabel: t('signIn.passwordInput.hideLabel'),
              shownAnnouncement: t('signIn.passwordInput.shownAnnouncement'),
              hiddenAnnouncement: t('signIn.passwordInput.hiddenAnnouncement'),
            }}
          />
          <Button>{t('signIn.button')}</Button>
        </form>
        {/* The page and its text are @liaise/web-people's (which depends on this library, so no import). */}
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href="/forgot-password">
            {t('people:signInLink')}
          </ServiceLink>
        </p>
        <h2 className="govuk-heading-m">{t('signIn.helpHeading')}</h2>
        <p className="govuk-body">{t('signIn.noAccount')}</p>
        <p className="govuk-body">{t('signIn.help')}</p>
      </div>
    </div>
  );
}
