import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Textarea, useFormProblems } from '@liaise/web-ui';
import { formatUkDateTime, FormPageLayout, SubmitOrCancel, toDate } from '@liaise/web-common';
import type { OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { operationPath } from './paths.js';
import { useOperation, useReleaseDetailsEarly } from './use-operations.js';

type Field = 'reason';
const FIELD_IDS: Readonly<Record<Field, string>> = { reason: 'reason' };

/** Releases the exact details to accepting partners' named attendees before the disclosure time, with a reason. */
export function ReleaseDetailsPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  const [release, releasing] = useReleaseDetailsEarly();
  const [reason, setReason] = useState('');
  const form = useFormProblems<Field>(`${OPERATIONS_NAMESPACE}:release`, FIELD_IDS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (releasing.loading || operation === undefined || operation === null) return;
    if (reason.trim() === '') {
      form.fail([{ field: 'reason', code: 'REASON_REQUIRED' }]);
      return;
    }
    try {
      await release({ variables: { id, version: operation.version, reason: reason.trim() } });
    } catch (caught: unknown) {
      form.fail(apiProblems(caught));
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
    <FormPageLayout title={t('release.title')} caption={operation?.reference} backHref={operationPath(id)} form={form}>
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
            error={form.errorFor('reason')}
            errorPrefix={form.errorPrefix}
          />
          <SubmitOrCancel submit={t('release.submit')} cancelHref={operationPath(id)} />
        </form>
      )}
    </FormPageLayout>
  );
}
