import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { CHECKLIST_ANSWERS, CHECKLIST_ANSWERS_NEEDING_A_REASON, type ChecklistAnswer } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Button, ButtonGroup, NotificationBanner, RevealRadios, ServiceLink, Textarea, useFormProblems } from '@liaise/web-ui';
import { answerId, answeredCount, checkChecklist, checklistFormOf, reasonId, type ChecklistForm } from './checklist-form.js';
import { doneMessage, type OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { operationPath, stepPath } from './paths.js';
import { StepLayout } from './step-layout.js';
import { useAnswerChecklist, useOperation } from './use-operations.js';

/** Answers the checklist may be changed in (the api refuses later). */
const ANSWERABLE = ['DRAFT', 'READY'];

/** The value of the button that saves what is answered and goes back to the operation, to finish later. */
const LATER = 'later';

/**
 * Step 2: each readiness checklist item answered met, not met (with a reason) or not applicable (with a
 * reason). Continuing needs every item answered (marking the operation ready does); "Save and come back
 * later" saves what is answered so far and goes back to the operation. A refused save keeps what was entered.
 */
export function ChecklistStepPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  const [answer, answering] = useAnswerChecklist();
  const [form, setForm] = useState<ChecklistForm>({});
  const [version, setVersion] = useState<number | undefined>(undefined);
  // Each item's answer and reason are the form's fields, made as it is shown; the api's refusal of an answer
  // (on its `answers`) is about the form as a whole.
  const fieldIds = useMemo(
    () => Object.fromEntries((operation?.checklist ?? []).flatMap((item) => [answerId(item.key), reasonId(item.key)]).map((field) => [field, field])),
    [operation],
  );
  const problems = useFormProblems<string>(`${OPERATIONS_NAMESPACE}:checklist`, fieldIds);
  const fromReview = searchParams.get('from') === 'review';
  const search = searchParams.toString() === '' ? '' : `?${searchParams.toString()}`;
  const done = doneMessage(location.state, t);

  useEffect(() => {
    if (operation === undefined || operation === null || version !== undefined) return;
    setVersion(operation.version);
    setForm(checklistFormOf(operation.checklist));
  }, [operation, version]);

  const errorFor = problems.errorFor;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answering.loading || operation === undefined || operation === null || version === undefined) return;
    const later = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === LATER;
    const checked = checkChecklist(operation.checklist, form, { requireAll: !later });
    if (checked.problems.length > 0) {
      problems.fail(checked.problems);
      return;
    }
    const { answers } = checked;
    try {
      if (answers.length > 0) await answer({ variables: { id, version, answers } });
    } catch (caught: unknown) {
      problems.fail(apiProblems(caught));
      return;
    }
    if (later) {
      const state: OperationDoneState | undefined = answers.length > 0 ? { operationDone: 'checklistSaved' } : undefined;
      await navigate(operationPath(id), { state });
      return;
    }
    await navigate(stepPath(id, fromReview ? 'review' : 'partners', search));
  };

  const title = t('steps.checklist');
  const backHref = fromReview ? stepPath(id, 'review', search) : stepPath(id, 'details', search);
  const layout = { step: 'checklist' as const, title, reference: operation?.reference, backHref, form: problems };
  if (operation === undefined || operation === null) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body" role="status">
          {operation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      </StepLayout>
    );
  }
  if (!viewer.permissions.includes('operation:manage') || !ANSWERABLE.includes(operation.state)) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body">{viewer.permissions.includes('operation:manage') ? t('notEditable') : t('forcesOnly')}</p>
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={operationPath(id)}>
            {t('operation.title', { reference: operation.reference })}
          </ServiceLink>
        </p>
      </StepLayout>
    );
  }

  return (
    <StepLayout {...layout}>
      {done !== undefined && !problems.failed && <NotificationBanner type="success" title={t('successTitle')} heading={done} />}
      <p className="govuk-body">{t('checklist.intro')}</p>
      <p className="govuk-body" data-testid="checklist-progress">
        {t('checklist.answered', { answered: answeredCount(operation.checklist, version === undefined ? checklistFormOf(operation.checklist) : form), total: operation.checklist.length })}
      </p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {operation.checklist.map((item) => {
          const choice = form[item.key] ?? { answer: '', reason: '' };
          const setChoice = (next: Partial<typeof choice>) => setForm((previous) => ({ ...previous, [item.key]: { ...choice, ...previous[item.key], ...next } }));
          return (
            <RevealRadios
              key={item.key}
              id={answerId(item.key)}
              name={answerId(item.key)}
              legend={item.title}
              legendSize="m"
              hint={item.hint}
              value={choice.answer}
              onChange={(value) => setChoice({ answer: value as ChecklistAnswer })}
              error={errorFor(answerId(item.key))}
              errorPrefix={problems.errorPrefix}
              choices={CHECKLIST_ANSWERS.map((value) => ({
                value,
                text: t(`answers.${value}`),
                conditional: CHECKLIST_ANSWERS_NEEDING_A_REASON.includes(value) ? (
                  <Textarea
                    id={reasonId(item.key)}
                    name={reasonId(item.key)}
                    label={t('checklist.reason')}
                    hint={t('checklist.reasonHint')}
                    rows={3}
                    value={choice.reason}
                    onChange={(event) => setChoice({ reason: event.target.value })}
                    error={errorFor(reasonId(item.key))}
                    errorPrefix={problems.errorPrefix}
                  />
                ) : undefined,
              }))}
            />
          );
        })}
        <ButtonGroup>
          <Button>{fromReview ? t('checklist.saveReturn') : t('checklist.save')}</Button>
          <Button variant="secondary" value={LATER}>
            {t('checklist.saveLater')}
          </Button>
          <ServiceLink className="govuk-link" href={operationPath(id)}>
            {t('cancel')}
          </ServiceLink>
        </ButtonGroup>
      </form>
    </StepLayout>
  );
}
