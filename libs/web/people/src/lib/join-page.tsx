import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SERVICE_NAME, type InvitationProblem, type Problem } from '@liaise/shared-domain';
import { AUTH_NAMESPACE, nextSignInPath, resetSession, roleName, SIGN_IN_PATH } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Button, ERRORS_NAMESPACE, PasswordInput, ServiceLink, SummaryList, TextInput, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { ACCEPT_USER_INVITATION_MUTATION, USER_INVITATION_PREVIEW_QUERY } from './documents.js';
import { formatDateTime } from './format.js';
import { PEOPLE_NAMESPACE } from './i18n.js';
import { newPasswordProblem, PasswordRules } from './password-rules.js';

type JoinField = 'displayName' | 'password';
const FIELD_IDS: Readonly<Record<JoinField, string>> = { displayName: 'display-name', password: 'password' };

const INVITATION_PROBLEMS: readonly InvitationProblem[] = ['INVITATION_NOT_FOUND', 'INVITATION_EXPIRED', 'INVITATION_USED', 'INVITATION_REVOKED'];
const isInvitationProblem = (code: string | undefined): code is InvitationProblem => INVITATION_PROBLEMS.includes(code as InvitationProblem);

/** Why a link does not work, with what to do, under a heading saying what happened. */
function LinkProblem({ code }: { readonly code: InvitationProblem }) {
  const { t } = useTranslation(PEOPLE_NAMESPACE);
  const { t: errorsT } = useTranslation(ERRORS_NAMESPACE);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(`join.problemTitle.${code}`)}</h1>
        <p className="govuk-body" data-testid="invitation-problem">
          {errorsT(code)}
        </p>
        {code === 'INVITATION_USED' && (
          <p className="govuk-body">
            <ServiceLink className="govuk-link" href={SIGN_IN_PATH}>
              {t('join.signIn')}
            </ServiceLink>
          </p>
        )}
      </div>
    </div>
  );
}

/**
 * The page an invitation's e-mailed link opens (`/join/<token>`): what the invitation is for, then the
 * person's name and a password, with the password's rules said up front. Accepting creates the account and
 * signs the person in.
 */
export function JoinPage() {
  const { t, i18n } = useTranslation(PEOPLE_NAMESPACE);
  const { t: authT } = useTranslation(AUTH_NAMESPACE);
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const preview = useQuery(USER_INVITATION_PREVIEW_QUERY, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, { loading: accepting }] = useMutation(ACCEPT_USER_INVITATION_MUTATION);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormProblems<JoinField>(`${PEOPLE_NAMESPACE}:join`, FIELD_IDS);
  /** The link stopped working while the form was open (withdrawn, used or expired meanwhile). */
  const [refusedOnAccept, setRefusedOnAccept] = useState<InvitationProblem>();

  const refusedOnOpen = apiProblems(preview.error)?.find((problem) => isInvitationProblem(problem.code))?.code;
  const refusal = refusedOnAccept ?? (isInvitationProblem(refusedOnOpen) ? refusedOnOpen : undefined);
  const title = refusal === undefined ? t('join.title') : t(`join.problemTitle.${refusal}`);
  useDocumentTitle(form.title(title), SERVICE_NAME);

  if (refusal !== undefined) return <LinkProblem code={refusal} />;
  const invitation = preview.data?.userInvitation;
  if (invitation === undefined) {
    if (preview.error !== undefined) throw preview.error;
    return (
      <p className="govuk-body" role="status">
        {t('join.checking')}
      </p>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (accepting) return;
    const problems: Problem<JoinField>[] = [];
    if (displayName.trim() === '') problems.push({ field: 'displayName', code: 'REQUIRED' });
    const passwordProblem = newPasswordProblem('password', password, [displayName, invitation.email, invitation.organisationName]);
    if (passwordProblem !== undefined) problems.push(passwordProblem);
    if (problems.length > 0) {
      form.fail(problems);
      return;
    }
    try {
      const { data } = await accept({ variables: { input: { token, displayName: displayName.trim(), password } } });
      if (data === undefined || data === null) throw new Error('No answer');
      await resetSession(client, data.acceptUserInvitation);
      // Home; or first the authenticator app's set-up, for a role that signs in with one.
      await navigate(nextSignInPath(data.acceptUserInvitation.secondFactorStep, null), { replace: true });
    } catch (error: unknown) {
      const refused = apiProblems(error);
      const linkProblem = refused?.find((problem) => isInvitationProblem(problem.code))?.code;
      if (isInvitationProblem(linkProblem)) {
        setRefusedOnAccept(linkProblem);
        return;
      }
      setPassword('');
      form.fail(refused);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {form.summary()}
        <h1 className="govuk-heading-l">{t('join.heading', { organisation: invitation.organisationName })}</h1>
        <p className="govuk-body">{t('join.intro')}</p>
        <SummaryList
          rows={[
            { key: t('join.organisation'), value: invitation.organisationName },
            { key: t('join.role'), value: roleName(authT, invitation.role) },
            { key: t('join.email'), value: invitation.email },
            { key: t('join.expires'), value: formatDateTime(invitation.expiresAt, i18n.resolvedLanguage) },
          ]}
        />
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextInput
            id={FIELD_IDS.displayName}
            name="displayName"
            label={t('join.name')}
            hint={t('join.nameHint')}
            autoComplete="name"
            spellCheck={false}
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            error={form.errorFor('displayName')}
            errorPrefix={form.errorPrefix}
          />
          {/* The e-mail address, for password managers to save with the new password. */}
          <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
          <PasswordInput
            id={FIELD_IDS.password}
            name="password"
            label={t('join.password')}
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
          <Button>{t('join.button')}</Button>
        </form>
      </div>
    </div>
  );
}
