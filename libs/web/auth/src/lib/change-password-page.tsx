import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { apiProblems, graphql } from '@liaise/web-graphql';
import { BackLink, Button, NotificationBanner, PasswordInput, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { AUTH_NAMESPACE } from './i18n.js';
import { ACCOUNT_PATH } from './paths.js';

export const CHANGE_PASSWORD_PATH = '/account/password';

const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

type Field = 'currentPassword' | 'newPassword';
const FIELD_IDS: Readonly<Record<Field, string>> = { currentPassword: 'current-password', newPassword: 'new-password' };

/** Changing one's own password: the current one, then a new one; every other session ends. */
export function ChangePasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const form = useFormProblems<Field>(`${AUTH_NAMESPACE}:changePassword`, FIELD_IDS);
  const [changed, setChanged] = useState(false);
  const [change, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);
  useDocumentTitle(form.title('Change your password'), SERVICE_NAME);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = [
      ...(current === '' ? [{ field: 'currentPassword', code: 'REQUIRED' } as const] : []),
      ...(next === '' ? [{ field: 'newPassword', code: 'REQUIRED' } as const] : []),
    ];
    if (missing.length > 0) return form.fail(missing);
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      form.clear();
      setCurrent('');
      setNext('');
      setChanged(true);
    } catch (error: unknown) {
      form.fail(apiProblems(error));
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={ACCOUNT_PATH}>Your account</BackLink>
        {form.summary()}
        {changed && (
          <NotificationBanner type="success" title="Success" heading="Your password has been changed. You have been signed out everywhere else." />
        )}
        <h1 className="govuk-heading-l">Change your password</h1>
        <p className="govuk-body">
          Use 12 characters or more. A few unrelated words are easy to remember and hard to guess. Do not use your name, e-mail
          address or organisation.
        </p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <PasswordInput
            id="current-password"
            label="Current password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            error={form.errorFor('currentPassword')}
            errorPrefix={form.errorPrefix}
          />
          <PasswordInput
            id="new-password"
            label="New password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            error={form.errorFor('newPassword')}
            errorPrefix={form.errorPrefix}
          />
          <Button type="submit" disabled={loading}>
            Change password
          </Button>
        </form>
      </div>
    </div>
  );
}
