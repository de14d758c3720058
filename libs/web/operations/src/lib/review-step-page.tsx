import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Button, ButtonGroup, NotificationBanner, ServiceLink, useFormProblems } from '@liaise/web-ui';
import { AttendeeName, formatUkDateTime } from '@liaise/web-common';
import { doneMessage, type OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { detailsRows } from './operation-details.js';
import { chosenPartnersOf } from './partners-form.js';
import { namedOfficersPath, operationPath, stepPath } from './paths.js';
import { StepLayout } from './step-layout.js';
import { Lines, ReviewSummaryList } from './summary.js';
import { ChecklistAnswerTag } from './tags.js';
import { useInvitePartner, useNotifyPartners } from './use-invitations-of-operation.js';
import { useActivePartners, useOperation, useTransitionOperation } from './use-operations.js';

/**
 * Step 4: "Check your answers": the details, the checklist and the partners chosen, each with a way to
 * change it; then mark the operation ready (a draft) and notify the partners (or, notified already, invite
 * the partners chosen now).
 */
export function ReviewStepPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  const { partners } = useActivePartners();
  const [transition, transitioning] = useTransitionOperation();
  const [notify, notifying] = useNotifyPartners();
  const [invite, inviting] = useInvitePartner();
  // No fields: the review's problems (partners not chosen, a refusal) are about it as a whole.
  const problems = useFormProblems<never>(`${OPERATIONS_NAMESPACE}:review`, {});
  const [markedReady, setMarkedReady] = useState(false);
  // Only partners the force may invite, once known: nothing is shown or sent for anything else in the address.
  const chosen = chosenPartnersOf(searchParams).filter((partner) => partners?.some((candidate) => candidate.id === partner.partnerOrganisationId) === true);
  const back = new URLSearchParams(searchParams);
  back.set('from', 'review');
  const changeSearch = `?${back.toString()}`;
  const done = doneMessage(location.state, t);
  const busy = transitioning.loading || notifying.loading || inviting.loading;

  const refused = (caught: unknown) => problems.fail(apiProblems(caught));

  const onMarkReady = async () => {
    if (busy || operation === undefined || operation === null) return;
    try {
      await transition({ variables: { id, version: operation.version, action: 'MARK_READY', reason: null } });
    } catch (caught: unknown) {
      refused(caught);
      return;
    }
    problems.clear();
    setMarkedReady(true);
  };

  const onNotify = async () => {
    if (busy || operation === undefined || operation === null || partners === undefined) return;
    if (chosen.length === 0) {
      problems.fail([{ code: 'REQUIRED' }]);
      return;
    }
    try {
      if (operation.state === 'PARTNERS_NOTIFIED') {
        for (const partner of chosen) await invite({ variables: { id, invitation: partner } });
      } else {
        await notify({ variables: { id, version: operation.version, invitations: chosen } });
      }
    } catch (caught: unknown) {
      refused(caught);
      return;
    }
    const state: OperationDoneState = { operationDone: operation.state === 'PARTNERS_NOTIFIED' ? 'invited' : 'NOTIFY_PARTNERS' };
    await navigate(operationPath(id), { state });
  };

  const notified = operation?.state === 'PARTNERS_NOTIFIED';
  const title = notified ? t('steps.reviewMore') : t('steps.review');
  const layout = { step: 'review' as const, title, reference: operation?.reference, backHref: stepPath(id, 'partners', `?${searchParams.toString()}`), form: problems, wide: false };
  if (operation === undefined || operation === null) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body" role="status">
          {operation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      </StepLayout>
    );
  }
  if (!viewer.permissions.includes('operation:manage') || !['DRAFT', 'READY', 'PARTNERS_NOTIFIED'].includes(operation.state)) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body">{viewer.permissions.includes('operation:manage') ? t('notEditable') : t('forcesOnly')}</p>
      </StepLayout>
    );
  }

  const nameOf = (partnerId: string) => partners?.find((partner) => partner.id === partnerId)?.name ?? '';
  const checklistHref = stepPath(id, 'checklist', changeSearch);
  const partnersHref = stepPath(id, 'partners', changeSearch);
  return (
    <StepLayout {...layout}>
      {markedReady && operation.state === 'READY' && <NotificationBanner type="success" title={t('successTitle')} heading={t('actionsDone.MARK_READY')} />}
      {done !== undefined && !markedReady && !problems.failed && <NotificationBanner type="success" title={t('successTitle')} heading={done} />}
      {!notified && (
        <>
          <h2 className="govuk-heading-m">{t('review.detailsHeading')}</h2>
          <ReviewSummaryList testId="review-details" rows={detailsRows(operation, t, stepPath(id, 'details', changeSearch))} />
          <h2 className="govuk-heading-m">{t('review.checklistHeading')}</h2>
          <ReviewSummaryList
            testId="review-checklist"
            rows={operation.checklist.map((item) => ({
              key: item.title,
              value: (
                <>
                  <ChecklistAnswerTag answer={item.answer} />
                  {item.reason !== null && item.reason !== undefined && item.reason !== '' && <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{item.reason}</p>}
                </>
              ),
              change: { href: checklistHref, text: t('review.change'), hiddenText: t('review.changeWhat', { what: item.title }) },
            }))}
          />
          {!operation.checklistComplete && <p className="govuk-body govuk-!-font-weight-bold">{t('review.checklistIncomplete')}</p>}
          <h2 className="govuk-heading-m">{t('operation.namedOfficersHeading')}</h2>
          <ReviewSummaryList
            testId="review-officers"
            rows={[
              {
                key: t('operation.namedOfficersHeading'),
                value:
                  operation.namedOfficers.length === 0 ? (
                    t('operation.noNamedOfficers')
                  ) : (
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      {operation.namedOfficers.map((officer) => (
                        <li key={officer.userId}>
                          <AttendeeName name={officer.name} mshtTrainingCurrent={officer.mshtTrainingCurrent} />
                        </li>
                      ))}
                    </ul>
                  ),
                change: { href: namedOfficersPath(id), text: t('review.change'), hiddenText: t('operation.namedOfficersHeading').toLowerCase() },
              },
            ]}
          />
        </>
      )}
      <h2 className="govuk-heading-m">{t('review.partnersHeading')}</h2>
      {partners === undefined ? (
        <p className="govuk-body" role="status">
          {t('loading')}
        </p>
      ) : (
        <ReviewSummaryList
          testId="review-partners"
          rows={
            chosen.length === 0
              ? [{ key: t('review.partnersHeading'), value: t('review.noPartners'), change: { href: partnersHref, text: t('review.change'), hiddenText: t('review.partnersHeading').toLowerCase() } }]
              : chosen.map((partner) => ({
                  id: partner.partnerOrganisationId,
                  key: nameOf(partner.partnerOrganisationId),
                  value: <Lines lines={[t('review.respondBy', { time: formatUkDateTime(partner.respondBy) })]} />,
                  change: { href: partnersHref, text: t('review.change'), hiddenText: nameOf(partner.partnerOrganisationId) },
                }))
          }
        />
      )}
      <p className="govuk-body">{operation.state === 'DRAFT' ? t('review.draftNote') : notified ? t('review.notifiedNote') : t('review.readyNote')}</p>
      <ButtonGroup>
        {operation.state === 'DRAFT' ? (
          <Button type="button" onClick={() => void onMarkReady()}>
            {t('review.markReady')}
          </Button>
        ) : (
          <Button type="button" onClick={() => void onNotify()}>
            {notified ? t('review.invite') : t('review.notify')}
          </Button>
        )}
        <ServiceLink className="govuk-link" href={operationPath(id)}>
          {t('cancel')}
        </ServiceLink>
      </ButtonGroup>
    </StepLayout>
  );
}
