import { useTranslation } from 'react-i18next';
import { PEOPLE_NAMESPACE } from './i18n.js';

/** What someone sees of a page they may not use, or of someone they cannot see: the same as no page at all. */
export function NotFound() {
  const { t } = useTranslation(PEOPLE_NAMESPACE);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('notFound.title')}</h1>
        <p className="govuk-body">{t('notFound.text')}</p>
      </div>
    </div>
  );
}
