import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { NotificationBanner, ServiceLink, useDocumentTitle } from '@liaise/web-ui';
import { TrainingAtAGlance } from './at-a-glance.js';
import { doneMessage } from './done.js';
import { TRAINING_NAMESPACE } from './i18n.js';
import { addTrainingPath, PEOPLE_TRAINING_PATH } from './paths.js';
import { RecordsTable } from './records-table.js';
import { useMyTraining } from './use-training.js';

/** The signed-in person's training records: expired and expiring ones flagged, each to change or remove. */
export function TrainingPage() {
  const { t } = useTranslation(TRAINING_NAMESPACE);
  const viewer = useSignedInViewer();
  const location = useLocation();
  const { records, loading, error } = useMyTraining();
  useDocumentTitle(t('mine.title'), SERVICE_NAME);
  const done = doneMessage(location.state, t);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {done !== undefined && <NotificationBanner type="success" title={t('successTitle')} heading={done} />}
        {records !== undefined && <TrainingAtAGlance records={records} />}
        <h1 className="govuk-heading-xl">{t('mine.title')}</h1>
        <p className="govuk-body">{t('mine.intro')}</p>
        <p className="govuk-body">
          <ServiceLink className="govuk-button" href={addTrainingPath()} role="button" data-module="govuk-button">
            {t('mine.add')}
          </ServiceLink>
        </p>
        {records === undefined ? (
          <p className="govuk-body" role="status">
            {loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : records.length === 0 ? (
          <p className="govuk-body">{t('mine.empty')}</p>
        ) : (
          <RecordsTable caption={t('mine.caption')} records={records} />
        )}
        {viewer.permissions.includes('training:read-people') && (
          <p className="govuk-body">
            <ServiceLink className="govuk-link" href={PEOPLE_TRAINING_PATH}>
              {t('mine.people')}
            </ServiceLink>
          </p>
        )}
      </div>
    </div>
  );
}
