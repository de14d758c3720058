import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Textarea, useFormProblems } from '@liaise/web-ui';
import { FormPageLayout, SubmitOrCancel, WarningText } from '@liaise/web-common';
import type { OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { operationPath } from './paths.js';
import { useOperationInvitations, useWithdrawInvitation } from './use-invitations-of-operation.js';
import { useOperation } from './use-operations.js';

type Field = 'reason';
const FIELD_IDS: Readonly<Record<Field, string>> = { reason: 'reason' };

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
  const form = useFormProblems<Field>(`${OPERATIONS_NAMESPACE}:withdraw`, FIELD_IDS);
  const invitation = invitations?.find((candidate) => candidate.id === invitationId);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (withdrawing.loading) return;
    if (reason.trim() === '') {
      form.fail([{ field: 'reason', code: 'REASON_REQUIRED' }]);
      return;
    }
    try {
      await withdraw({ variables: { id: invitationId, reason: reason.trim() } });
    } catch (caught: unknown) {
      form.fail(apiProblems(caught));
      return;
    }
    const state: OperationDoneState = { operationDone: 'withdrawn' };
    await navigate(operationPath(id), { state });
  };

  const allowed = viewer.permissions.includes('operation:manage') && invitation?.availableActions.includes('WITHDRAW') === true;
  const name = invitation?.partnerName ?? '';
  return (
    <FormPageLayout title={t('withdraw.title')} caption={operation?.reference} backHref={operationPath(id)} form={form}>
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
            error={form.errorFor('reason')}
            errorPrefix={form.errorPrefix}
          />
          <SubmitOrCancel submit={t('withdraw.submit')} cancelHref={operationPath(id)} variant="warning" />
        </form>
      )}
    </FormPageLayout>
  );
}
