import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { INVITATION_VALID_HOURS, SERVICE_NAME } from '@liaise/shared-domain';
import { AUTH_NAMESPACE, roleName, useSignedInViewer } from '@liaise/web-auth';
import { apiProblems, type Role } from '@liaise/web-graphql';
import { BackLink, Button, ButtonGroup, Radios, ServiceLink, TextInput, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import type { Problem } from '@liaise/shared-domain';
import { INVITE_USER_MUTATION, PEOPLE_QUERY } from './documents.js';
import { PEOPLE_NAMESPACE } from './i18n.js';
import { NotFound } from './not-found.js';
import { PEOPLE_PATH } from './paths.js';
import { usePeople, usePeoplePermissions, type PeopleNotice } from './use-people.js';

type InviteField = 'email' | 'role';
const FIELD_IDS: Readonly<Record<InviteField, string>> = { email: 'email', role: 'role' };

/** "Invite someone": an e-mail address and a role of those the organisation has. */
export function InvitePage() {
  const { t } = useTranslation(PEOPLE_NAMESPACE);
  const { t: authT } = useTranslation(AUTH_NAMESPACE);
  const viewer = useSignedInViewer();
  const { canManage } = usePeoplePermissions();
  const navigate = useNavigate();
  const { data, error } = usePeople(!canManage);
  const [invite, { loading }] = useMutation(INVITE_USER_MUTATION, { refetchQueries: [PEOPLE_QUERY] });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const form = useFormProblems<InviteField>(`${PEOPLE_NAMESPACE}:invite`, FIELD_IDS);
  const title = canManage ? t('invite.title') : t('notFound.title');
  useDocumentTitle(form.title(title), SERVICE_NAME);

  if (!canManage) return <NotFound />;
  if (data === undefined) {
    if (error !== undefined) throw error;
    return (
      <p className="govuk-body" role="status">
        {t('people.loading')}
      </p>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const problems: Problem<InviteField>[] = [];
    if (email.trim() === '') problems.push({ field: 'email', code: 'REQUIRED' });
    if (role === '') problems.push({ field: 'role', code: 'REQUIRED' });
    if (problems.length > 0) {
      form.fail(problems);
      return;
    }
    try {
      const { data: invited } = await invite({ variables: { input: { email: email.trim(), role: role as Role } } });
      const notice: PeopleNotice = { peopleNotice: t('invite.sent', { email: invited?.inviteUser.email ?? email.trim() }) };
      await navigate(PEOPLE_PATH, { state: notice });
    } catch (inviteError: unknown) {
      form.fail(apiProblems(inviteError));
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={PEOPLE_PATH}>{t('people.title')}</BackLink>
        {form.summary()}
        <h1 className="govuk-heading-l">{t('invite.heading', { organisation: viewer.organisationName })}</h1>
        <p className="govuk-body">{t('invite.intro', { hours: INVITATION_VALID_HOURS })}</p>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextInput
            id={FIELD_IDS.email}
            name="email"
            type="email"
            label={t('invite.email')}
            hint={t('invite.emailHint')}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={form.errorFor('email')}
            errorPrefix={form.errorPrefix}
          />
          <Radios
            id={FIELD_IDS.role}
            name="role"
            legend={t('invite.role')}
            options={data.grantableRoles.map((grantable) => ({
              value: grantable,
              text: roleName(authT, grantable),
              hint: t(`invite.roleHints.${grantable}`),
            }))}
            value={role}
            onChange={setRole}
            error={form.errorFor('role')}
            errorPrefix={form.errorPrefix}
          />
          <ButtonGroup>
            <Button>{t('invite.button')}</Button>
            <ServiceLink className="govuk-link" href={PEOPLE_PATH}>
              {t('invite.cancel')}
            </ServiceLink>
          </ButtonGroup>
        </form>
      </div>
    </div>
  );
}
