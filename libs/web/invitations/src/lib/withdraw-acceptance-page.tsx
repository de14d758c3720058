import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSignedInViewer } from '@liaise/web-auth';
import { refusalMessages } from '@liaise/web-graphql';
import { FormPageLayout, WarningText } from '@liaise/web-operations';
import { Button, ButtonGroup, ServiceLink, Textarea } from '@liaise/web-ui';
import { INVITATIONS_NAMESPACE } from './i18n.js';
import type { InvitationDoneState } from './invitation-page.js';
import { invitationPath } from './paths.js';
import { useInvitation, useWithdrawAcceptance } from './use-invitations.js';

/** The partner withdraws its acceptance, with a reason the force sees. */
export function WithdrawAcceptancePage() {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { invitation, loading, error } = useInvitation(id);
  const [withdraw, withdrawing] = useWithdrawAcceptance();
  const [reason, setReason] = useState('');
  const [attempt, setAttempt] = useState<{ failed: number; problems: readonly { field?: string; message: string }[] }>({ failed: 0, problems: [] });
  const fail = (problems: readonly { field?: string; message: string }[]) => setAttempt((previous) => ({ failed: previous.failed + 1, problems }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (withdrawing.loading) return;
    if (reason.trim() === '') {
      fail([{ field: 'reason', message: t('withdrawAcceptance.reasonMissing') }]);
      return;
    }
    try {
      await withdraw({ variables: { id, reason: reason.trim() } });
    } catch (caught: unknown) {
      fail(refusalMessages(caught)?.map((problem) => ({ field: problem.field === 'reason' || /reason/i.test(problem.message) ? 'reason' : undefined, message: problem.message })) ?? [{ message: t('serviceProblem') }]);
      return;
    }
    const state: InvitationDoneState = { invitationDone: 'withdrawn' };
    await navigate(invitationPath(id), { state });
  };

  const allowed = viewer.permissions.includes('invitation:respond') && invitation?.availableActions.includes('WITHDRAW_ACCEPTANCE') === true;
  const force = invitation?.forceName ?? '';
  return (
    <FormPageLayout title={t('withdrawAcceptance.title')} caption={invitation === undefined || invitation === null ? undefined : force} backHref={invitationPath(id)} attempt={attempt}>
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
            error={attempt.problems.find((problem) => problem.field === 'reason')?.message}
            errorPrefix={t('errorPrefix')}
          />
          <ButtonGroup>
            <Button variant="warning">{t('withdrawAcceptance.submit')}</Button>
            <ServiceLink className="govuk-link" href={invitationPath(id)}>
              {t('cancel')}
            </ServiceLink>
          </ButtonGroup>
        </form>
      )}
    </FormPageLayout>
  );
}
