import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { WarningText } from '@liaise/web-common';
import { apiProblems } from '@liaise/web-graphql';
import { BackLink, Button, ButtonGroup, ServiceLink, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { formatDate } from './dates.js';
import type { TrainingDoneState } from './done.js';
import { TRAINING_NAMESPACE } from './i18n.js';
import { personTrainingPath, TRAINING_PATH } from './paths.js';
import { useRemoveTrainingRecord, useTrainingRecord } from './use-training.js';

/** Asks before removing a training record. */
export function RemoveTrainingRecordPage() {
  const { t } = useTranslation(TRAINING_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { record, loading, error } = useTrainingRecord(id);
  const [remove, { loading: removing }] = useRemoveTrainingRecord();
  const problems = useFormProblems<never>(`${TRAINING_NAMESPACE}:remove`, {});
  const title = t('remove.title');
  useDocumentTitle(problems.title(title), SERVICE_NAME);
  const returnTo = record === undefined || record === null || record.userId === viewer.user.id ? TRAINING_PATH : personTrainingPath(record.userId);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (removing) return;
    try {
      await remove({ variables: { id } });
    } catch (caught: unknown) {
      problems.fail(apiProblems(caught));
      return;
    }
    const state: TrainingDoneState = { trainingDone: 'removed' };
    await navigate(returnTo, { state });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={returnTo}>{t('back')}</BackLink>
        {problems.summary()}
        <h1 className="govuk-heading-l">{title}</h1>
        {record === undefined || record === null ? (
          <p className="govuk-body" role="status">
            {record === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <p className="govuk-body">{t('remove.question', { course: record.course.name, date: formatDate(record.completedOn) })}</p>
            <WarningText>{t('remove.warning')}</WarningText>
            <ButtonGroup>
              <Button variant="warning">{t('remove.submit')}</Button>
              <ServiceLink className="govuk-link" href={returnTo}>
                {t('cancel')}
              </ServiceLink>
            </ButtonGroup>
          </form>
        )}
      </div>
    </div>
  );
}
