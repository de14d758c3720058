import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { resetSession, SIGN_IN_PATH } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Button, PasswordInput, ServiceLink, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { RESET_PASSWORD_MUTATION } from './documents.js';
import { PEOPLE_NAMESPACE } from './i18n.js';
import { FORGOT_PASSWORD_PATH } from './paths.js';
import { newPasswordProblem, PasswordRules } from './password-rules.js';

const FIELD_IDS = { password: 'password' } as const;

/**
 * The page a password reset's e-mailed link opens (`/reset-password/<token>`): a new password, with its
 * rules said up front. The api checks the rules (it knows the name and organisation they must not contain);
 * afterwards every session of the account has ended, so the person signs in again.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation(PEOPLE_NAMESPACE);
  const { token = '' } = useParams();
  const client = useApolloClient();
  const [reset, { loading }] = useMutation(RESET_PASSWORD_MUTATION);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const form = useFormProblems<'password'>(`${PEOPLE_NAMESPACE}:resetPassword`, FIELD_IDS);
  const title = done ? t('resetPassword.doneTitle') : t('resetPassword.title');
  useDocumentTitle(form.title(title), SERVICE_NAME);
  const linkRefused = form.problems.some((problem) => problem.code.startsWith('RESET_LINK_'));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    // Length and the most common passwords are checked here first; the api checks them all.
    const problem = newPasswordProblem('password', password, []);
    if (problem !== undefined) {
      form.fail([problem]);
      return;
    }
    try {
      await reset({ variables: { input: { token, password } } });
      // Every session of the account has ended, this browser's too if it was signed in.
      await resetSession(client, null);
      setDone(true);
    } catch (error: unknown) {
      setPassword('');
      form.fail(apiProblems(error));
    }
  };

  if (done) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">{t('resetPassword.doneTitle')}</h1>
          </div>
          <p className="govuk-body">{t('resetPassword.done')}</p>
          <p className="govuk-body">
            <ServiceLink className="govuk-link" href={SIGN_IN_PATH}>
              {t('resetPassword.signIn')}
            </ServiceLink>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {form.summary()}
        <h1 className="govuk-heading-l">{t('resetPassword.title')}</h1>
        {linkRefused && (
          <p className="govuk-body">
            <ServiceLink className="govuk-link" href={FORGOT_PASSWORD_PATH}>
              {t('resetPassword.newLink')}
            </ServiceLink>
          </p>
        )}
        <p className="govuk-body">{t('resetPassword.intro')}</p>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <PasswordInput
            id={FIELD_IDS.password}
            name="password"
            label={t('resetPassword.password')}
            hint={<PasswordRules />}
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={form.errorFor('password')}
            errorPrefix={form.errorPrefix}
            texts={{
              show: t('passwordInput.show'),
              hide: t('passwordInput.hide'),
              showLabel: t('passwordInput.showLabel'),
              hideLabel: t('passwordInput.hideLabel'),
              shownAnnouncement: t('passwordInput.shownAnnouncement'),
              hiddenAnnouncement: t('passwordInput.hiddenAnnouncement'),
            }}
          />
          <Button>{t('resetPassword.button')}</Button>
        </form>
      </div>
    </div>
  );
}
