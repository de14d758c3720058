import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { EDITABLE_OPERATION_STATES, SERVICE_NAME, type OperationAction, type OperationState } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { useNotificationReceived } from '@liaise/web-notifications';
import { BackLink, Button, ErrorSummary, NotificationBanner, ServiceLink, SummaryList, Table, useDocumentTitle } from '@liaise/web-ui';
import { formatUkDateTime, toDate, WarningText } from '@liaise/web-common';
import { doneMessage } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { OperationInvitations } from './operation-invitations.js';
import { detailsRows } from './operation-details.js';
import { actionPath, attendancePath, namedOfficersPath, OPERATIONS_PATH, releasePath, stepPath } from './paths.js';
import { isStale, NO_ATTEMPT, problemsOf, type Attempt } from './problems.js';
import { AttendeeName, ChecklistAnswerTag, OperationStateTag } from './tags.js';
import { useOperationInvitations } from './use-invitations-of-operation.js';
import { useOperation, useTransitionOperation } from './use-operations.js';

/** Lifecycle moves taken with one button on the operation's page (the others need a reason or a form). */
const ONE_CLICK: readonly OperationAction[] = ['MARK_READY', 'START', 'COMPLETE', 'BEGIN_FOLLOW_UP', 'CLOSE'];
const ANSWERABLE: readonly string[] = ['DRAFT', 'READY'];

/**
 * One of the force's operations: its state, what can be done next, its details, its checklist, the partners
 * invited and their answers (live: a notification while the page is open brings the latest), and its history.
 */
export function OperationPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const location = useLocation();
  const { operation, loading, error, refetch } = useOperation(id);
  const { invitations, loading: invitationsLoading, error: invitationsError, refetch: refetchInvitations } = useOperationInvitations(id);
  const [transition, transitioning] = useTransitionOperation();
  const [attempt, setAttempt] = useState<Attempt>(NO_ATTEMPT);
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
      if (isStale(caught)) {
        await refetch().catch(() => undefined);
        setAttempt((previous) => ({ failed: previous.failed + 1, problems: [{ message: t('stale') }] }));
      } else {
        setAttempt((previous) => ({ failed: previous.failed + 1, problems: problemsOf(caught) ?? [{ message: t('serviceProblem') }] }));
      }
      return;
    }
    setAttempt((previous) => ({ failed: previous.failed, problems: [] }));
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

  const state = operation.state as OperationState;
  const mayManage = viewer.permissions.includes('operation:manage');
  const actions = operation.availableActions as OperationAction[];
  const links: { href: string; text: string }[] = [];
  if (mayManage) {
    if (state === 'DRAFT' || state === 'READY') {
      links.push({ href: stepPath(id, operation.checklistComplete ? 'partners' : 'checklist'), text: actions.includes('NOTIFY_PARTNERS') ? t('actions.NOTIFY_PARTNERS') : t('operation.continuePlanning') });
    }
    if (state === 'PARTNERS_NOTIFIED') links.push({ href: stepPath(id, 'partners'), text: t('operation.inviteMore') });
    if (EDITABLE_OPERATION_STATES.includes(state)) {
      links.push({ href: stepPath(id, 'details'), text: t('operation.edit') });
      links.push({ href: namedOfficersPath(id), text: t('operation.nameOfficers') });
    }
    const releasable = (state === 'PARTNERS_NOTIFIED' || state === 'IN_PROGRESS') && (operation.releasedEarlyAt ?? null) === null && toDate(operation.disclosureAt).getTime() > Date.now();
    if (releasable) links.push({ href: releasePath(id), text: t('operation.release') });
    if (state === 'COMPLETED' || state === 'FOLLOW_UP') links.push({ href: attendancePath(id), text: t('operation.attendance') });
    if (actions.includes('REOPEN')) links.push({ href: actionPath(id, 'reopen'), text: t('actions.REOPEN') });
    if (actions.includes('CANCEL')) links.push({ href: actionPath(id, 'cancel'), text: t('actions.CANCEL') });
  }
  const buttons = mayManage ? ONE_CLICK.filter((action) => actions.includes(action)) : [];
  const checklistAnswerable = mayManage && ANSWERABLE.includes(state);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={OPERATIONS_PATH}>{t('back')}</BackLink>
        {attempt.problems.length > 0 && <ErrorSummary key={attempt.failed} title={t('errorSummaryTitle')} errors={attempt.problems.map((problem) => ({ text: problem.message }))} />}
        {done !== undefined && attempt.problems.length === 0 && <NotificationBanner key={justDone} type="success" title={t('successTitle')} heading={done} />}
        <span className="govuk-caption-l">{t('operation.caption')}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body" data-testid="operation-state">
          <OperationStateTag state={state} />
        </p>
        <p className="govuk-body-l">
          {t(`types.${operation.type}`)} · {operation.generalArea} · {formatUkDateTime(operation.plannedStart)}
        </p>

        {(links.length > 0 || buttons.length > 0) && (
          <>
            <h2 className="govuk-heading-m">{t('operation.actionsHeading')}</h2>
            {buttons.length > 0 && (
              <div className="govuk-button-group">
                {buttons.map((action) => (
                  <Button key={action} type="button" variant={action === 'MARK_READY' || action === 'START' ? 'primary' : 'secondary'} onClick={() => void onAction(action)}>
                    {t(`actions.${action}`)}
                  </Button>
                ))}
              </div>
            )}
            {links.length > 0 && (
              <ul className="govuk-list">
                {links.map((link) => (
                  <li key={link.href}>
                    <ServiceLink className="govuk-link" href={link.href}>
                      {link.text}
                    </ServiceLink>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}

        <h2 className="govuk-heading-m">{t('operation.invitationsHeading')}</h2>
        <p className="govuk-body">{t('operation.liveNote')}</p>
        <OperationInvitations operationId={id} invitations={invitations} loading={invitationsLoading} error={invitationsError} mayManage={mayManage} />
        {operation.officersAttended !== null && operation.officersAttended !== undefined && (
          <SummaryList rows={[{ key: t('operation.officersAttended'), value: String(operation.officersAttended) }]} />
        )}

        <h2 className="govuk-heading-m">{t('operation.namedOfficersHeading')}</h2>
        <p className="govuk-body">{t('operation.namedOfficersIntro', { count: operation.officersAttending })}</p>
        {operation.namedOfficers.some((officer) => !officer.mshtTrainingCurrent) && <WarningText>{t('operation.untrainedOfficers')}</WarningText>}
        {operation.namedOfficers.length === 0 ? (
          <p className="govuk-body">{t('operation.noNamedOfficers')}</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet" data-testid="named-officers">
            {operation.namedOfficers.map((officer) => (
              <li key={officer.userId}>
                <AttendeeName name={officer.name} attended={officer.attended} mshtTrainingCurrent={officer.mshtTrainingCurrent} />
              </li>
            ))}
          </ul>
        )}

        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">{t('operation.summaryHeading')}</h2>
            <SummaryList rows={detailsRows(operation, t).map((row) => ({ key: row.key, value: row.value }))} />

            <h2 className="govuk-heading-m">{t('operation.checklistHeading')}</h2>
            {operation.checklistComplete && <p className="govuk-body">{t('operation.checklistComplete')}</p>}
            <ul className="govuk-task-list" data-testid="checklist">
              {operation.checklist.map((item) => {
                const statusId = `checklist-${item.key}-status`;
                const hintId = `checklist-${item.key}-hint`;
                return (
                  <li key={item.key} className={checklistAnswerable ? 'govuk-task-list__item govuk-task-list__item--with-link' : 'govuk-task-list__item'}>
                    <div className="govuk-task-list__name-and-hint">
                      {checklistAnswerable ? (
                        <ServiceLink className="govuk-link govuk-task-list__link" href={stepPath(id, 'checklist')} aria-describedby={`${hintId} ${statusId}`}>
                          {item.title}
                        </ServiceLink>
                      ) : (
                        <div>{item.title}</div>
                      )}
                      <div id={hintId} className="govuk-task-list__hint">
                        {item.reason !== null && item.reason !== undefined && item.reason !== '' ? item.reason : item.hint}
                      </div>
                    </div>
                    <div className="govuk-task-list__status" id={statusId}>
                      <ChecklistAnswerTag answer={item.answer} />
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        </div>

        <h2 className="govuk-heading-m">{t('operation.historyHeading')}</h2>
        {operation.transitions.length === 0 ? (
          <p className="govuk-body">{t('operation.noHistory')}</p>
        ) : (
        <Table
          caption={t('operation.historyCaption')}
          captionSize="visually-hidden"
          testId="history"
          head={[t('operation.when'), t('operation.what'), t('operation.who'), t('operation.why')]}
          rows={operation.transitions.map((record, index) => ({
            key: `${record.at}-${index}`,
            cells: [
              formatUkDateTime(record.at),
              record.action === 'RELEASE_DETAILS_EARLY'
                ? t('operation.historyReleasedEarly')
                : `${t(`actions.${record.action}`)} (${t('operation.moved', { from: t(`states.${record.fromState}`), to: t(`states.${record.toState}`) })})`,
              record.byName ?? t('operation.someone'),
              record.reason ?? '',
            ],
          }))}
        />
        )}
      </div>
    </div>
  );
}
