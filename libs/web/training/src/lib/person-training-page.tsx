import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { BackLink, NotificationBanner, ServiceLink, useDocumentTitle } from '@liaise/web-ui';
import { TrainingAtAGlance } from './at-a-glance.js';
import { doneMessage } from './done.js';
import { TRAINING_NAMESPACE } from './i18n.js';
import { addTrainingPath, PEOPLE_TRAINING_PATH } from './paths.js';
import { RecordsTable } from './records-table.js';
import { usePeopleTraining } from './use-training.js';

/** One person's training, for their administrator to keep (managers see it, and change nothing). */
export function PersonTrainingPage() {
  const { t } = useTranslation(TRAINING_NAMESPACE);
  const { userId = '' } = useParams();
  const viewer = useSignedInViewer();
  const location = useLocation();
  const allowed = viewer.permissions.includes('training:read-people');
  const { people, loading, error } = usePeopleTraining(!allowed);
  const person = people?.find((entry) => entry.user.id === userId);
  const name = person?.user.displayName ?? '';
  const title = person === undefined ? t('people.title') : t('person.title', { name });
  useDocumentTitle(title, SERVICE_NAME);
  const mayManage = viewer.permissions.includes('training:manage-people');
  const done = doneMessage(location.state, t);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={PEOPLE_TRAINING_PATH}>{t('back')}</BackLink>
        {done !== undefined && <NotificationBanner type="success" title={t('successTitle')} heading={done} />}
        {person !== undefined && <TrainingAtAGlance records={person.records} />}
        <h1 className="govuk-heading-xl">{title}</h1>
        {!allowed ? (
          <p className="govuk-body">{t('people.notAllowed')}</p>
        ) : people === undefined ? (
          <p className="govuk-body" role="status">
            {loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : person === undefined ? (
          <p className="govuk-body">{t('person.notFound')}</p>
        ) : (
          <>
            {mayManage && (
              <p className="govuk-body">
                <ServiceLink className="govuk-button" href={addTrainingPath(userId)} role="button" data-module="govuk-button">
                  {t('person.add', { name })}
                </ServiceLink>
              </p>
            )}
            {person.records.length === 0 ? (
              <p className="govuk-body">{t('person.empty', { name })}</p>
            ) : (
              <RecordsTable caption={t('person.title', { name })} records={person.records} changeable={mayManage} />
            )}
          </>
        )}
      </div>
    </div>
  );
}
