import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSignedInViewer } from '@liaise/web-auth';
import { Textarea } from '@liaise/web-ui';
import type { OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { operationPath } from './paths.js';
import { isStale, NO_ATTEMPT, problemsOf, type Attempt, type Problem } from './problems.js';
import { FormPageLayout, SubmitOrCancel } from './simple-form-layout.js';
import { formatUkDateTime, toDate } from './uk-time.js';
import { useOperation, useReleaseDetailsEarly } from './use-operations.js';

/** Releases the exact details to accepting partners' named attendees before the disclosure time, with a reason. */
export function ReleaseDetailsPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  const [release, releasing] = useReleaseDetailsEarly();
  const [reason, setReason] = useState('');
  const [attempt, setAttempt] = useState<Attempt>(NO_ATTEMPT);
  const fail = (problems: readonly Problem[]) => setAttempt((previous) => ({ failed: previous.failed + 1, problems }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (releasing.loading || operation === undefined || operation === null) return;
    if (reason.trim() === '') {
      fail([{ field: 'reason', message: t('release.reasonMissing') }]);
      return;
    }
    try {
      await release({ variables: { id, version: operation.version, reason: reason.trim() } });
    } catch (caught: unknown) {
      fail(isStale(caught) ? [{ message: t('stale') }] : (problemsOf(caught, (message, named) => (named === 'reason' || /reason/i.test(message) ? 'reason' : undefined)) ?? [{ message: t('serviceProblem') }]));
      return;
    }
    const state: OperationDoneState = { operationDone: 'released' };
    await navigate(operationPath(id), { state });
  };

  const allowed =
    viewer.permissions.includes('operation:manage') &&
    (operation?.state === 'PARTNERS_NOTIFIED' || operation?.state === 'IN_PROGRESS') &&
    (operation.releasedEarlyAt ?? null) === null &&
    toDate(operation.disclosureAt).getTime() > Date.now();
  return (
    <FormPageLayout title={t('release.title')} caption={operation?.reference} backHref={operationPath(id)} attempt={attempt}>
      {operation === undefined || operation === null ? (
        <p className="govuk-body" role="status">
          {operation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      ) : !allowed ? (
        <p className="govuk-body">{t('release.notAllowed')}</p>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <p className="govuk-body">{t('release.intro', { time: formatUkDateTime(operation.disclosureAt) })}</p>
          <Textarea
            id="reason"
            name="reason"
            label={t('release.reason')}
            hint={t('release.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={attempt.problems.find((problem) => problem.field === 'reason')?.message}
            errorPrefix={t('errorPrefix')}
          />
          <SubmitOrCancel submit={t('release.submit')} cancelHref={operationPath(id)} />
        </form>
      )}
    </FormPageLayout>
  );
}
