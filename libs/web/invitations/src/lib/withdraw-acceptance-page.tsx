import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Textarea, useFormProblems } from '@liaise/web-ui';
import { FormPageLayout, SubmitOrCancel, WarningText } from '@liaise/web-common';
import { INVITATIONS_NAMESPACE } from './i18n.js';
import type { InvitationDoneState } from './invitation-page.js';
import { invitationPath } from './paths.js';
import { useInvitation, useWithdrawAcceptance } from './use-invitations.js';

type Field = 'reason';
const FIELD_IDS: Readonly<Record<Field, string>> = { reason: 'reason' };

/** The partner withdraws its acceptance, with a reason the force sees. */
export function WithdrawAcceptancePage() {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { invitation, loading, error } = useInvitation(id);
  const [withdraw, withdrawing] = useWithdrawAcceptance();
  const [reason, setReason] = useState('');
  const form = useFormProblems<Field>(`${INVITATIONS_NAMESPACE}:withdrawAcceptance`, FIELD_IDS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (withdrawing.loading) return;
    if (reason.trim() === '') {
      form.fail([{ field: 'reason', code: 'REASON_REQUIRED' }]);
      return;
    }
    try {
      await withdraw({ variables: { id, reason: reason.trim() } });
    } catch (caught: unknown) {
      form.fail(apiProblems(caught));
      return;
    }
    const state: InvitationDoneState = { invitationDone: 'withdrawn' };
    await navigate(invitationPath(id), { state });
  };

  const allowed = viewer.permissions.includes('invitation:respond') && invitation?.availableActions.includes('WITHDRAW_ACCEPTANCE') === true;
  const force = invitation?.forceName ?? '';
  return (
    <FormPageLayout title={t('withdrawAcceptance.title')} caption={invitation === undefined || invitation === null ? undefined : force} backHref={invitationPath(id)} form={form}>
      {invitation === undefined || invitation === null ? (
        <p className="govuk-body" role="status">
          {invitation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      ) : !allowed ? (
        <p className="govuk-body">{t('withdrawAcceptance.notAllowed')}</p>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <WarningText>{t('withdrawAcceptance.warning')}</WarningText>
          <Textarea
            id="reason"
            name="reason"
            label={t('withdrawAcceptance.reason')}
            hint={t('withdrawAcceptance.reasonHint', { force })}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={form.errorFor('reason')}
            errorPrefix={form.errorPrefix}
          />
          <SubmitOrCancel submit={t('withdrawAcceptance.submit')} cancelHref={invitationPath(id)} variant="warning" />
        </form>
      )}
    </FormPageLayout>
  );
}
