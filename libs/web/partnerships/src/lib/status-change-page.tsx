import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { WarningText } from '@liaise/web-common';
import { apiProblems } from '@liaise/web-graphql';
import { BackLink, Button, Textarea, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import type { PartnershipDoneState } from './done.js';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';
import { partnershipPath, STATUS_CHANGES, type StatusChange } from './paths.js';
import { useEndPartnership, usePartnership, useResumePartnership, useSuspendPartnership } from './use-partnerships.js';

const ACTION_OF: Readonly<Record<StatusChange, 'SUSPEND' | 'RESUME' | 'END'>> = { suspend: 'SUSPEND', resume: 'RESUME', end: 'END' };

function isStatusChange(value: string | undefined): value is StatusChange {
  return (STATUS_CHANGES as readonly (string | undefined)[]).includes(value);
}

/** Suspending (with a reason), resuming, or ending (with a reason) a partnership, each on a page of its own. */
export function PartnershipStatusChangePage() {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  const { id = '', change: changeParam } = useParams();
  const change: StatusChange = isStatusChange(changeParam) ? changeParam : 'end';
  const navigate = useNavigate();
  const { partnership, loading, error } = usePartnership(id);
  const [suspend, suspending] = useSuspendPartnership();
  const [resume, resuming] = useResumePartnership();
  const [end, ending] = useEndPartnership();
  const [reason, setReason] = useState('');
  const problems = useFormProblems<'reason'>(`${PARTNERSHIPS_NAMESPACE}:change`, { reason: 'reason' });
  const title = partnership?.status === 'PROPOSED' && change === 'end' ? t('details.withdraw') : t(`change.${change}.title`);
  useDocumentTitle(problems.title(title), SERVICE_NAME);
  const busy = suspending.loading || resuming.loading || ending.loading;
  const needsReason = change !== 'resume';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (needsReason && reason.trim() === '') {
      problems.fail([{ field: 'reason', code: 'REASON_REQUIRED' }]);
      return;
    }
    try {
      if (change === 'suspend') await suspend({ variables: { id, reason: reason.trim() } });
      else if (change === 'end') await end({ variables: { id, reason: reason.trim() } });
      else await resume({ variables: { id } });
    } catch (caught: unknown) {
      problems.fail(apiProblems(caught));
      return;
    }
    const state: PartnershipDoneState = { partnershipDone: change };
    await navigate(partnershipPath(id), { state });
  };

  const allowed = isStatusChange(changeParam) && partnership?.availableActions.includes(ACTION_OF[change]) === true;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={partnershipPath(id)}>{t('back')}</BackLink>
        {problems.summary()}
        <h1 className="govuk-heading-l">{title}</h1>
        {partnership === undefined || partnership === null ? (
          <p className="govuk-body" role="status">
            {partnership === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : !allowed ? (
          <p className="govuk-body">{t('change.notAllowed')}</p>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <p className="govuk-body">{partnership.mySide === 'FORCE' ? partnership.project.name : partnership.force.name}</p>
            <WarningText>{t(`change.${change}.warning`)}</WarningText>
            {needsReason && (
              <Textarea
                id="reason"
                name="reason"
                label={t(`change.${change}.reason`)}
                hint={t('change.reasonHint')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                error={problems.errorFor('reason')}
                errorPrefix={problems.errorPrefix}
              />
            )}
            <Button variant={change === 'resume' ? 'primary' : 'warning'}>
              {partnership.status === 'PROPOSED' && change === 'end' ? t('details.withdraw') : t(`change.${change}.submit`)}
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
