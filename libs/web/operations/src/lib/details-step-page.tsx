import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DEFAULT_DISCLOSURE_HOURS, EDITABLE_OPERATION_STATES } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { toDate } from '@liaise/web-common';
import { apiProblems } from '@liaise/web-graphql';
import { useFormProblems } from '@liaise/web-ui';
import { checkDetails, DETAILS_IDS, detailsFormOf, EMPTY_DETAILS, type DetailsField, type DetailsForm } from './details-step/details-form.js';
import { DetailsStepForm } from './details-step/details-step-form.js';
import type { OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { OPERATIONS_PATH, operationPath, stepPath } from './paths.js';
import { StepLayout } from './step-layout.js';
import { useCreateOperation, useOperation, useUpdateOperation } from './use-operations.js';

/**
 * Step 1: everything the officer plans. Saving creates the operation (a draft) or changes it. This page holds
 * the data, the checks and the saving; the questions are in `details-step/`.
 */
export function DetailsStepPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  const [create, creating] = useCreateOperation();
  const [update, updating] = useUpdateOperation();
  const [form, setForm] = useState<DetailsForm>(EMPTY_DETAILS);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const problems = useFormProblems<DetailsField>(`${OPERATIONS_NAMESPACE}:details`, DETAILS_IDS);
  const fromReview = searchParams.get('from') === 'review';
  const search = searchParams.toString() === '' ? '' : `?${searchParams.toString()}`;

  useEffect(() => {
    if (operation === undefined || operation === null || version !== undefined) return;
    setVersion(operation.version);
    setForm(detailsFormOf(operation, DEFAULT_DISCLOSURE_HOURS));
  }, [operation, version]);

  const onChange = <K extends keyof DetailsForm>(key: K, value: DetailsForm[K]) => setForm((previous) => ({ ...previous, [key]: value }));

  const onSubmit = async () => {
    if (creating.loading || updating.loading) return;
    // Editing, a start left as stored may have passed, and an early release holds the disclosure: as the api checks.
    const stored = operation === undefined || operation === null ? {} : { storedStart: toDate(operation.plannedStart), releasedEarlyAt: operation.releasedEarlyAt === null ? null : toDate(operation.releasedEarlyAt) };
    const { problems: found, details } = checkDetails(form, { now: new Date(), ...stored });
    if (details === undefined) {
      problems.fail(found);
      return;
    }
    let savedId: string;
    try {
      if (id === undefined) {
        const { data } = await create({ variables: { input: details } });
        if (data === undefined || data === null) throw new Error('No answer');
        savedId = data.createOperation.id;
      } else {
        if (version === undefined) return;
        const { data } = await update({ variables: { id, version, input: details } });
        if (data === undefined || data === null) throw new Error('No answer');
        savedId = id;
        setVersion(data.updateOperation.version);
      }
    } catch (caught: unknown) {
      problems.fail(apiProblems(caught));
      return;
    }
    const state: OperationDoneState = { operationDone: id === undefined ? 'created' : 'saved' };
    await navigate(stepPath(savedId, fromReview ? 'review' : 'checklist', search), { state });
  };

  const title = t('steps.details');
  const backHref = id === undefined ? OPERATIONS_PATH : fromReview ? stepPath(id, 'review', search) : operationPath(id);
  const layout = { step: 'details' as const, title, reference: operation?.reference, backHref, form: problems };
  if (!viewer.permissions.includes('operation:manage')) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body">{t('forcesOnly')}</p>
      </StepLayout>
    );
  }
  if (id !== undefined && (operation === undefined || operation === null)) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body" role="status">
          {operation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      </StepLayout>
    );
  }
  if (operation !== undefined && operation !== null && !EDITABLE_OPERATION_STATES.includes(operation.state)) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body">{t('notEditable')}</p>
      </StepLayout>
    );
  }
  return (
    <StepLayout {...layout}>
      <DetailsStepForm form={form} errorFor={problems.errorFor} errorPrefix={problems.errorPrefix} onChange={onChange} onSubmit={() => void onSubmit()} fromReview={fromReview} cancelHref={backHref} />
    </StepLayout>
  );
}
