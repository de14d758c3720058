import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { SERVICE_NAME, type OperationAction, type OperationState } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { useNotificationReceived } from '@liaise/web-notifications';
import { apiProblems, isRefusedWith } from '@liaise/web-graphql';
import { BackLink, NotificationBanner, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { doneMessage } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { ActionsSection } from './operation-page/actions-section.js';
import { ChecklistSection } from './operation-page/checklist-section.js';
import { DetailsSection } from './operation-page/details-section.js';
import { HeaderSection } from './operation-page/header-section.js';
import { HistorySection } from './operation-page/history-section.js';
import { InvitationsSection } from './operation-page/invitations-section.js';
import { NamedOfficersSection } from './operation-page/named-officers-section.js';
import { nextSteps } from './operation-page/next-steps.js';
import { OPERATIONS_PATH } from './paths.js';
import { useOperationInvitations } from './use-invitations-of-operation.js';
import { useOperation, useTransitionOperation } from './use-operations.js';

/** States in which the force still answers the checklist. */
const ANSWERABLE: readonly OperationState[] = ['DRAFT', 'READY'];

/**
 * One of the force's operations: its state, what can be done next, its details, its checklist, the partners
 * invited and their answers (live: a notification while the page is open brings the latest), and its history.
 * This page holds the data and the one-click moves; its sections (in `operation-page/`) only show.
 */
export function OperationPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const location = useLocation();
  const { operation, loading, error, refetch } = useOperation(id);
  const { invitations, loading: invitationsLoading, error: invitationsError, refetch: refetchInvitations } = useOperationInvitations(id);
  const [transition, transitioning] = useTransitionOperation();
  // The one-click moves have no fields: their problems are about the operation as a whole.
  const problems = useFormProblems<never>(`${OPERATIONS_NAMESPACE}:operation`, {});
  const [justDone, setJustDone] = useState<OperationAction | undefined>(undefined);
  const heading = operation === undefined || operation === null ? t('operation.caption') : t('operation.title', { reference: operation.reference });
  useDocumentTitle(heading, SERVICE_NAME);
  const done = justDone === undefined ? doneMessage(location.state, t) : t(`actionsDone.${justDone}`);

  const onNotification = useCallback(() => {
    void refetch().catch(() => undefined);
    void refetchInvitations().catch(() => undefined);
  }, [refetch, refetchInvitations]);
  useNotificationReceived(onNotification);

  const onAction = async (action: OperationAction) => {
    if (transitioning.loading || operation === undefined || operation === null) return;
    try {
      await transition({ variables: { id, version: operation.version, action, reason: null } });
    } catch (caught: unknown) {
      if (isRefusedWith(caught, 'STALE')) await refetch().catch(() => undefined);
      problems.fail(apiProblems(caught));
      return;
    }
    problems.clear();
    setJustDone(action);
  };

  if (operation === undefined || operation === null) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BackLink href={OPERATIONS_PATH}>{t('back')}</BackLink>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body" role="status">
            {operation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        </div>
      </div>
    );
  }

  const mayManage = viewer.permissions.includes('operation:manage');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={OPERATIONS_PATH}>{t('back')}</BackLink>
        {problems.summary()}
        {done !== undefined && !problems.failed && <NotificationBanner key={justDone} type="success" title={t('successTitle')} heading={done} />}
        <HeaderSection heading={heading} operation={operation} />
        <ActionsSection {...nextSteps(operation, mayManage, t)} onAction={(action) => void onAction(action)} />
        <InvitationsSection
          operationId={id}
          invitations={invitations}
          failed={!invitationsLoading && invitationsError !== undefined}
          mayManage={mayManage}
          officersAttended={operation.officersAttended}
        />
        <NamedOfficersSection officersAttending={operation.officersAttending} namedOfficers={operation.namedOfficers} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <DetailsSection operation={operation} />
            <ChecklistSection operationId={id} checklist={operation.checklist} checklistComplete={operation.checklistComplete} answerable={mayManage && ANSWERABLE.includes(operation.state)} />
          </div>
        </div>
        <HistorySection transitions={operation.transitions} />
      </div>
    </div>
  );
}
