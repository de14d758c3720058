import { useTranslation } from 'react-i18next';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { ServiceLink, Table, Tag, useDocumentTitle } from '@liaise/web-ui';
import { formatDate } from './dates.js';
import { TRAINING_NAMESPACE } from './i18n.js';
import { personTrainingPath } from './paths.js';
import { TrainingStatusTag } from './status-tag.js';
import { usePeopleTraining } from './use-training.js';

/** Administrators and managers: everyone in the organisation, their status on every course, MSHT flagged. */
export function PeopleTrainingPage() {
  const { t } = useTranslation(TRAINING_NAMESPACE);
  const viewer = useSignedInViewer();
  const allowed = viewer.permissions.includes('training:read-people');
  const { people, loading, error } = usePeopleTraining(!allowed);
  useDocumentTitle(t('people.title'), SERVICE_NAME);
  const courses = people?.[0]?.courses.map((entry) => entry.course) ?? [];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-xl">{t('people.title')}</h1>
        {!allowed ? (
          <p className="govuk-body">{t('people.notAllowed')}</p>
        ) : (
          <>
            <p className="govuk-body">{t('people.intro')}</p>
            {people === undefined ? (
              <p className="govuk-body" role="status">
                {loading || error === undefined ? t('loading') : t('serviceProblem')}
              </p>
            ) : people.length === 0 ? (
              <p className="govuk-body">{t('people.empty')}</p>
            ) : (
              <div className="liaise-scroll-region" role="region" aria-label={t('people.caption')} tabIndex={0}>
                <Table
                  caption={t('people.caption')}
                  testId="people-training"
                  head={[t('people.person'), t('people.msht'), ...courses.map((course) => course.name)]}
                  rows={people.map((person) => ({
                    key: person.user.id,
                    cells: [
                      <ServiceLink key="person" className="govuk-link" href={personTrainingPath(person.user.id)}>
                        {person.user.displayName}
                      </ServiceLink>,
                      <Tag key="msht" colour={person.mshtCurrent ? 'green' : 'red'}>
                        {person.mshtCurrent ? t('people.mshtCurrent') : t('people.mshtMissing')}
                      </Tag>,
                      ...person.courses.map((entry) => (
                        <span key={entry.course.id}>
                          <TrainingStatusTag status={entry.status} />
                          {entry.expiresOn !== null && entry.expiresOn !== undefined && (
                            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">{formatDate(entry.expiresOn)}</span>
                          )}
                        </span>
                      )),
                    ],
                  }))}
                />
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
