import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_RESET_VALID_MINUTES, SERVICE_NAME } from '@liaise/shared-domain';
import { SIGN_IN_PATH } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Button, ServiceLink, TextInput, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { REQUEST_PASSWORD_RESET_MUTATION } from './documents.js';
import { PEOPLE_NAMESPACE } from './i18n.js';

const FIELD_IDS = { email: 'email' } as const;

/**
 * "Forgotten your password?": the e-mail address of the account. The answer is the same whether or not the
 * address has an account (so the page tells no one who has one): check your e-mail.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation(PEOPLE_NAMESPACE);
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const form = useFormProblems<'email'>(`${PEOPLE_NAMESPACE}:forgotPassword`, FIELD_IDS);
  const title = sentTo === undefined ? t('forgotPassword.title') : t('forgotPassword.sentTitle');
  useDocumentTitle(form.title(title), SERVICE_NAME);
  const minutes = PASSWORD_RESET_VALID_MINUTES;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const address = email.trim();
    if (address === '') {
      form.fail([{ field: 'email', code: 'REQUIRED' }]);
      return;
    }
    try {
      await request({ variables: { email: address } });
      setSentTo(address);
    } catch (error: unknown) {
      // The form's one field is what any refusal is about.
      form.fail(apiProblems(error)?.map((problem) => ({ field: 'email', ...problem })));
    }
  };

  if (sentTo !== undefined) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('forgotPassword.sentTitle')}</h1>
          <p className="govuk-body" data-testid="reset-link-sent">
            {t('forgotPassword.sent', { email: sentTo, minutes })}
          </p>
          <p className="govuk-body">{t('forgotPassword.notArrived')}</p>
          <p className="govuk-body">
            <ServiceLink className="govuk-link" href={SIGN_IN_PATH}>
              {t('forgotPassword.signIn')}
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
        <h1 className="govuk-heading-l">{t('forgotPassword.title')}</h1>
        <p className="govuk-body">{t('forgotPassword.intro', { minutes })}</p>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextInput
            id={FIELD_IDS.email}
            name="email"
            type="email"
            label={t('forgotPassword.email')}
            autoComplete="username"
            spellCheck={false}
            autoCapitalize="none"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={form.errorFor('email')}
            errorPrefix={form.errorPrefix}
          />
          <Button>{t('forgotPassword.button')}</Button>
        </form>
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={SIGN_IN_PATH}>
            {t('forgotPassword.signIn')}
          </ServiceLink>
        </p>
      </div>
    </div>
  );
}
