import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { OPEN_INVITATION_STATUSES, type InvitationStatus, type OperationAction } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Textarea, useFormProblems } from '@liaise/web-ui';
import { FormPageLayout, SubmitOrCancel, WarningText } from '@liaise/web-common';
import type { OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { operationPath, REASONED_ACTIONS, type ReasonedAction } from './paths.js';
import { useOperationInvitations } from './use-invitations-of-operation.js';
import { useOperation, useTransitionOperation } from './use-operations.js';

type Field = 'reason';
const FIELD_IDS: Readonly<Record<Field, string>> = { reason: 'reason' };

const ACTION_OF: Readonly<Record<ReasonedAction, OperationAction>> = { cancel: 'CANCEL', reopen: 'REOPEN' };

function isReasonedAction(value: string | undefined): value is ReasonedAction {
  return (REASONED_ACTIONS as readonly (string | undefined)[]).includes(value);
}

/** Cancelling an operation, or reopening it as a draft: each with a reason, on a page of its own. */
export function OperationActionPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '', action: actionParam } = useParams();
  const change: ReasonedAction = isReasonedAction(actionParam) ? actionParam : 'cancel';
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  // Cancelling tells the partners whose invitations are still open: say who, before and after.
  const { invitations, refetch: refetchInvitations } = useOperationInvitations(change === 'cancel' ? id : undefined);
  const [transition, transitioning] = useTransitionOperation();
  const [reason, setReason] = useState('');
  const form = useFormProblems<Field>(`${OPERATIONS_NAMESPACE}:action`, FIELD_IDS);

  /** The partners the cancellation went to: its open invitations are now cancelled. None said when that cannot be read. */
  const toldOfCancelling = async (): Promise<string[]> => {
    const after = await refetchInvitations().catch(() => undefined);
    return (after?.data?.operation.invitations ?? []).filter((invitation) => invitation.status === 'CANCELLED').map((invitation) => invitation.partnerName);
  };
  const toBeTold = (invitations ?? []).filter((invitation) => OPEN_INVITATION_STATUSES.includes(invitation.status as InvitationStatus)).map((invitation) => invitation.partnerName);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (transitioning.loading || operation === undefined || operation === null) return;
    if (reason.trim() === '') {
      form.fail([{ field: 'reason', code: 'REASON_REQUIRED' }]);
      return;
    }
    try {
      await transition({ variables: { id, version: operation.version, action: ACTION_OF[change], reason: reason.trim() } });
    } catch (caught: unknown) {
      form.fail(apiProblems(caught));
      return;
    }
    const state: OperationDoneState = { operationDone: ACTION_OF[change], told: change === 'cancel' ? await toldOfCancelling() : undefined };
    await navigate(operationPath(id), { state });
  };

  const allowed = isReasonedAction(actionParam) && viewer.permissions.includes('operation:manage') && operation?.availableActions.includes(ACTION_OF[change]) === true;
  return (
    <FormPageLayout title={t(`action.${change}.title`)} caption={operation?.reference} backHref={operationPath(id)} form={form}>
      {operation === undefined || operation === null ? (
        <p className="govuk-body" role="status">
          {operation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      ) : !allowed ? (
        <p className="govuk-body">{t('action.notAllowed')}</p>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <WarningText>{change === 'cancel' && toBeTold.length > 0 ? t('action.cancel.warningPartners', { names: toBeTold }) : t(`action.${change}.warning`)}</WarningText>
          <Textarea
            id="reason"
            name="reason"
            label={t(`action.${change}.reason`)}
            hint={t(`action.${change}.reasonHint`)}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={form.errorFor('reason')}
            errorPrefix={form.errorPrefix}
          />
          <SubmitOrCancel submit={t(`action.${change}.submit`)} cancelHref={operationPath(id)} cancelText={t('back')} variant={change === 'cancel' ? 'warning' : 'primary'} />
        </form>
      )}
    </FormPageLayout>
  );
}
