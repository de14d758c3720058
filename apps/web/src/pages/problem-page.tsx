import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { PageLayout, ServiceLink, useDocumentTitle } from '@liaise/web-ui';
import { START_PATH } from '../paths.js';

/** GOV.UK's "Sorry, there is a problem with the service" page, for an error while rendering a page. */
export function ProblemPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('problem.title'), SERVICE_NAME);
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('problem.title')}</h1>
        <p className="govuk-body">{t('problem.tryAgain')}</p>
        <p className="govuk-body">
          <Trans t={t} i18nKey="problem.startPage" components={{ a: <ServiceLink className="govuk-link" href={START_PATH} /> }} />
        </p>
      </div>
    </div>
  );
}

/** The same page when the layout itself failed: it brings its own `<main>`. */
export function StandaloneProblemPage() {
  return (
    <PageLayout>
      <ProblemPage />
    </PageLayout>
  );
}
