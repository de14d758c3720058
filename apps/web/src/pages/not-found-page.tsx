import { Trans, useTranslation } from 'react-i18next';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { ServiceLink, useDocumentTitle } from '@liaise/web-ui';
import { START_PATH } from '../paths.js';

/** GOV.UK's "Page not found" page, for every address the app has no page for. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'), SERVICE_NAME);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('notFound.title')}</h1>
        <p className="govuk-body">{t('notFound.typed')}</p>
        <p className="govuk-body">{t('notFound.pasted')}</p>
        <p className="govuk-body">
          <Trans t={t} i18nKey="notFound.startPage" components={{ a: <ServiceLink className="govuk-link" href={START_PATH} /> }} />
        </p>
      </div>
    </div>
  );
}
