import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { refusalMessages, graphql } from '@liaise/web-graphql';
import { BackLink, Button, ErrorSummary, NotificationBanner, PasswordInput, useDocumentTitle } from '@liaise/web-ui';
import { ACCOUNT_PATH } from './paths.js';

export const CHANGE_PASSWORD_PATH = '/account/password';

const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const FIELD_IDS: Record<string, string> = { currentPassword: 'current-password', newPassword: 'new-password' };

interface Problem {
  readonly text: string;
  readonly field?: string;
}

/** Changing one's own password: the current one, then a new one; every other session ends. */
export function ChangePasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [changed, setChanged] = useState(false);
  const [change, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}Change your password`, SERVICE_NAME);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Problem[] = [
      ...(current === '' ? [{ text: 'Enter your current password', field: 'current-password' }] : []),
      ...(next === '' ? [{ text: 'Enter a new password', field: 'new-password' }] : []),
    ];
    if (missing.length > 0) return setProblems(missing);
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      setProblems([]);
      setCurrent('');
      setNext('');
      setChanged(true);
    } catch (error: unknown) {
      setProblems(
        refusalMessages(error)?.map((p) => ({ text: p.message, field: p.field === undefined ? undefined : FIELD_IDS[p.field] })) ?? [
          { text: 'Sorry, there is a problem with the service. Try again later.' },
        ],
      );
    }
  };
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.text;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={ACCOUNT_PATH}>Your account</BackLink>
        {problems.length > 0 && (
          <ErrorSummary title="There is a problem" errors={problems.map((p) => ({ text: p.text, href: p.field ? `#${p.field}` : undefined }))} />
        )}
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
            error={errorOf('current-password')}
          />
          <PasswordInput
            id="new-password"
            label="New password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            error={errorOf('new-password')}
          />
          <Button type="submit" disabled={loading}>
            Change password
          </Button>
        </form>
      </div>
    </div>
  );
}
