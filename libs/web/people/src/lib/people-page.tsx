import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { AUTH_NAMESPACE, roleName, useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Button, NotificationBanner, ServiceLink, Table, Tag, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { PEOPLE_QUERY, REVOKE_USER_INVITATION_MUTATION } from './documents.js';
import { formatDateTime } from './format.js';
import { PEOPLE_NAMESPACE } from './i18n.js';
import { NotFound } from './not-found.js';
import { changeRolePath, disablePersonPath, enablePersonPath, INVITE_PATH } from './paths.js';
import { peopleNoticeOf, usePeople, usePeoplePermissions, type InvitationRow, type PersonRow } from './use-people.js';

/**
 * The organisation's people (for administrators and managers): everyone with an account, with their role,
 * whether they can sign in and when they last did, and the invitations not yet accepted. Administrators
 * invite, withdraw invitations, change roles, and disable or enable accounts (each on a page of its own).
 */
export function PeoplePage() {
  const { t, i18n } = useTranslation(PEOPLE_NAMESPACE);
  const { t: authT } = useTranslation(AUTH_NAMESPACE);
  const viewer = useSignedInViewer();
  const { canRead, canManage, viewerId } = usePeoplePermissions();
  const location = useLocation();
  const [notice, setNotice] = useState(() => peopleNoticeOf(location.state));
  const form = useFormProblems<never>(`${PEOPLE_NAMESPACE}:people`, {});
  const { data, error } = usePeople(!canRead);
  const [revoke, { loading: revoking }] = useMutation(REVOKE_USER_INVITATION_MUTATION, { refetchQueries: [PEOPLE_QUERY], awaitRefetchQueries: true });
  useDocumentTitle(canRead ? t('people.title') : t('notFound.title'), SERVICE_NAME);

  if (!canRead) return <NotFound />;
  if (data === undefined) {
    if (error !== undefined) throw error;
    return (
      <p className="govuk-body" role="status">
        {t('people.loading')}
      </p>
    );
  }

  const withdraw = async (invitation: InvitationRow) => {
    if (revoking) return;
    try {
      await revoke({ variables: { id: invitation.id } });
      form.clear();
      setNotice(t('people.withdrawn', { email: invitation.email }));
    } catch (revokeError: unknown) {
      setNotice(undefined);
      form.fail(apiProblems(revokeError));
    }
  };

  const personCells = (person: PersonRow) => [
    <>
      {person.displayName}
      {person.id === viewerId && <span className="govuk-!-font-weight-regular"> {t('people.you')}</span>}
    </>,
    person.email,
    roleName(authT, person.role),
    person.status === 'ACTIVE' ? <Tag colour="green">{t('people.statuses.ACTIVE')}</Tag> : <Tag colour="grey">{t('people.statuses.DISABLED')}</Tag>,
    typeof person.lastSignInAt === 'string' ? formatDateTime(person.lastSignInAt, i18n.resolvedLanguage) : t('people.never'),
    ...(canManage ? [<PersonActions key="actions" person={person} isViewer={person.id === viewerId} />] : []),
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {form.summary()}
        {notice !== undefined && <NotificationBanner type="success" title={t('people.successTitle')} heading={notice} />}
        <h1 className="govuk-heading-l">{t('people.heading', { organisation: viewer.organisationName })}</h1>
        {canManage && (
          <ServiceLink className="govuk-button" href={INVITE_PATH}>
            {t('people.invite')}
          </ServiceLink>
        )}
        <Table
          caption={t('people.peopleCaption')}
          testId="people"
          head={[
            t('people.name'),
            t('people.email'),
            t('people.role'),
            t('people.status'),
            t('people.lastSignIn'),
            ...(canManage ? [t('people.actions')] : []),
          ]}
          rows={data.people.map((person) => ({ key: person.id, cells: personCells(person) }))}
        />

        <h2 className="govuk-heading-m">{t('people.invitationsHeading')}</h2>
        {data.userInvitations.length === 0 ? (
          <p className="govuk-body" data-testid="no-invitations">
            {t('people.noInvitations')}
          </p>
        ) : (
          <Table
            caption={t('people.invitationsCaption')}
            captionSize="visually-hidden"
            testId="invitations"
            head={[t('people.email'), t('people.role'), t('people.status'), t('people.expires'), ...(canManage ? [t('people.actions')] : [])]}
            rows={data.userInvitations.map((invitation) => ({
              key: invitation.id,
              cells: [
                <>
                  {invitation.email}
                  {invitation.invitedByName !== null && invitation.invitedByName !== undefined && (
                    <span className="govuk-hint govuk-!-margin-bottom-0">{t('people.invitedBy', { name: invitation.invitedByName })}</span>
                  )}
                </>,
                roleName(authT, invitation.role),
                invitation.expired ? <Tag colour="red">{t('people.invitationStatus.expired')}</Tag> : <Tag colour="blue">{t('people.invitationStatus.waiting')}</Tag>,
                formatDateTime(invitation.expiresAt, i18n.resolvedLanguage),
                ...(canManage
                  ? [
                      <Button key="withdraw" type="button" variant="secondary" className="govuk-!-margin-bottom-0" onClick={() => void withdraw(invitation)}>
                        {t('people.withdraw')}
                        <span className="govuk-visually-hidden"> {t('people.withdrawFor', { email: invitation.email })}</span>
                      </Button>,
                    ]
                  : []),
              ],
            }))}
          />
        )}
      </div>
    </div>
  );
}

/** Change role, and disable or enable: each opens a page of its own. Not for oneself. */
function PersonActions({ person, isViewer }: { person: PersonRow; isViewer: boolean }) {
  const { t } = useTranslation(PEOPLE_NAMESPACE);
  if (isViewer) return null;
  const ofPerson = <span className="govuk-visually-hidden"> {t('people.ofPerson', { name: person.displayName })}</span>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      <li>
        <ServiceLink className="govuk-link" href={changeRolePath(person.id)}>
          {t('people.changeRole')}
          {ofPerson}
        </ServiceLink>
      </li>
      <li>
        {person.status === 'ACTIVE' ? (
          <ServiceLink className="govuk-link" href={disablePersonPath(person.id)}>
            {t('people.disable')}
            {ofPerson}
          </ServiceLink>
        ) : (
          <ServiceLink className="govuk-link" href={enablePersonPath(person.id)}>
            {t('people.enable')}
            {ofPerson}
          </ServiceLink>
        )}
      </li>
    </ul>
  );
}
