import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { SERVICE_NAME, type InvitationStatus } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems, isRefusedWith } from '@liaise/web-graphql';
import { useNotificationReceived } from '@liaise/web-notifications';
import { formatDay } from '@liaise/web-common';
import { BackLink, NotificationBanner, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { INVITATIONS_NAMESPACE } from './i18n.js';
import { AcceptanceSection } from './invitation-page/acceptance-section.js';
import { ExactDetailsSection } from './invitation-page/exact-details-section.js';
import { OperationSection } from './invitation-page/operation-section.js';
import { RespondSection } from './invitation-page/respond-section.js';
import { StatusSection } from './invitation-page/status-section.js';
import { INVITATIONS_PATH } from './paths.js';
import { checkResponse, EMPTY_RESPONSE, RESPOND_IDS, type RespondField, type RespondForm } from './respond-form.js';
import { useAcceptInvitation, useDeclineInvitation, useInvitation, useInvitationColleagues } from './use-invitations.js';

/** What was just done to the invitation, for the success banner. */
export interface InvitationDoneState {
  readonly invitationDone: 'accepted' | 'declined' | 'withdrawn';
}

function doneOf(state: unknown): InvitationDoneState['invitationDone'] | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  return (state as Partial<InvitationDoneState>).invitationDone;
}

/**
 * An invitation to an operation, as the partner sees it: only what it needs to decide (the day, not the
 * time; the general area, not the address), its answer, and, for the people it named and from the
 * disclosure time, the exact details. A notification while the page is open brings the latest. This page
 * holds the data and the answering; its sections (in `invitation-page/`) only show.
 */
export function InvitationPage() {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  const { t: tOperations } = useTranslation('operations');
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const location = useLocation();
  const { invitation, loading, error, refetch } = useInvitation(id);
  const mayRespond = viewer.permissions.includes('invitation:respond');
  const answerable = invitation?.availableActions.includes('ACCEPT') === true || invitation?.availableActions.includes('DECLINE') === true;
  const { colleagues } = useInvitationColleagues(id, !mayRespond || !answerable);
  const [accept, accepting] = useAcceptInvitation();
  const [decline, declining] = useDeclineInvitation();
  const [form, setForm] = useState<RespondForm>(EMPTY_RESPONSE);
  const problems = useFormProblems<RespondField>(`${INVITATIONS_NAMESPACE}:invitation`, RESPOND_IDS);
  const [done, setDone] = useState<InvitationDoneState['invitationDone'] | undefined>(undefined);
  const onNotification = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);
  useNotificationReceived(onNotification);

  const operation = invitation?.operation;
  const heading =
    operation === undefined ? t('invitation.titleLoading') : t('invitation.heading', { type: tOperations(`types.${operation.type}`), day: formatDay(operation.plannedDay) });
  useDocumentTitle(problems.title(heading), SERVICE_NAME);
  const shownDone = done ?? doneOf(location.state);

  const onSubmit = async () => {
    if (accepting.loading || declining.loading || invitation === undefined || invitation === null) return;
    const checked = checkResponse(form);
    if (checked.response === undefined) {
      problems.fail(checked.problems);
      return;
    }
    const { response } = checked;
    try {
      if (response.accept) await accept({ variables: { id, version: invitation.version, attendeeUserIds: response.attendeeUserIds } });
      else await decline({ variables: { id, version: invitation.version, reason: response.reason } });
    } catch (caught: unknown) {
      if (isRefusedWith(caught, 'STALE')) await refetch().catch(() => undefined);
      problems.fail(apiProblems(caught));
      return;
    }
    problems.clear();
    setForm(EMPTY_RESPONSE);
    setDone(response.accept ? 'accepted' : 'declined');
  };

  if (invitation === undefined || invitation === null || operation === undefined) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BackLink href={INVITATIONS_PATH}>{t('back')}</BackLink>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body" role="status">
            {invitation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={INVITATIONS_PATH}>{t('back')}</BackLink>
        {problems.summary()}
        {shownDone !== undefined && !problems.failed && (
          <NotificationBanner type="success" title={t('successTitle')} heading={t(`invitation.done.${shownDone}`, { force: invitation.forceName })} />
        )}
        <span className="govuk-caption-l">{t('invitation.caption', { force: invitation.forceName })}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <StatusSection invitation={invitation} operationState={operation.state} />
        <OperationSection forceName={invitation.forceName} operation={operation} />
        <ExactDetailsSection
          disclosure={operation.disclosure}
          operationState={operation.state}
          status={invitation.status as InvitationStatus}
          named={invitation.attendees.some((attendee) => attendee.userId === viewer.user.id)}
        />
        {answerable && !mayRespond && <p className="govuk-body">{t('invitation.mayNotRespond')}</p>}
        {answerable && mayRespond && (
          <RespondSection
            forceName={invitation.forceName}
            form={form}
            onChange={setForm}
            onSubmit={() => void onSubmit()}
            errorFor={problems.errorFor}
            errorPrefix={problems.errorPrefix}
            colleagues={colleagues}
          />
        )}
        {mayRespond && (
          <AcceptanceSection
            invitationId={id}
            forceName={invitation.forceName}
            withdrawable={invitation.availableActions.includes('WITHDRAW_ACCEPTANCE')}
            stands={invitation.status === 'ACCEPTED' && operation.state === 'IN_PROGRESS'}
          />
        )}
      </div>
    </div>
  );
}
