import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSignedInViewer } from '@liaise/web-auth';
import { Textarea } from '@liaise/web-ui';
import type { OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { operationPath } from './paths.js';
import { NO_ATTEMPT, problemsOf, type Attempt, type Problem } from './problems.js';
import { FormPageLayout, SubmitOrCancel, WarningText } from './simple-form-layout.js';
import { useOperationInvitations, useWithdrawInvitation } from './use-invitations-of-operation.js';
import { useOperation } from './use-operations.js';

/** The force withdraws an invitation, with a reason the partner sees. */
export function WithdrawInvitationPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '', invitationId = '' } = useParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation } = useOperation(id);
  const { invitations, loading, error } = useOperationInvitations(id);
  const [withdraw, withdrawing] = useWithdrawInvitation();
  const [reason, setReason] = useState('');
  const [attempt, setAttempt] = useState<Attempt>(NO_ATTEMPT);
  const fail = (problems: readonly Problem[]) => setAttempt((previous) => ({ failed: previous.failed + 1, problems }));
  const invitation = invitations?.find((candidate) => candidate.id === invitationId);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (withdrawing.loading) return;
    if (reason.trim() === '') {
      fail([{ field: 'reason', message: t('withdraw.reasonMissing') }]);
      return;
    }
    try {
      await withdraw({ variables: { id: invitationId, reason: reason.trim() } });
    } catch (caught: unknown) {
      fail(problemsOf(caught, (message, named) => (named === 'reason' || /reason/i.test(message) ? 'reason' : undefined)) ?? [{ message: t('serviceProblem') }]);
      return;
    }
    const state: OperationDoneState = { operationDone: 'withdrawn' };
    await navigate(operationPath(id), { state });
  };

  const allowed = viewer.permissions.includes('operation:manage') && invitation?.availableActions.includes('WITHDRAW') === true;
  const name = invitation?.partnerName ?? '';
  return (
    <FormPageLayout title={t('withdraw.title')} caption={operation?.reference} backHref={operationPath(id)} attempt={attempt}>
      {invitations === undefined ? (
        <p className="govuk-body" role="status">
          {loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      ) : !allowed ? (
        <p className="govuk-body">{t('withdraw.notAllowed')}</p>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <WarningText>{t('withdraw.intro', { name })}</WarningText>
          <Textarea
            id="reason"
            name="reason"
            label={t('withdraw.reason')}
            hint={t('withdraw.reasonHint', { name })}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={attempt.problems.find((problem) => problem.field === 'reason')?.message}
            errorPrefix={t('errorPrefix')}
          />
          <SubmitOrCancel submit={t('withdraw.submit')} cancelHref={operationPath(id)} variant="warning" />
        </form>
      )}
    </FormPageLayout>
  );
}
