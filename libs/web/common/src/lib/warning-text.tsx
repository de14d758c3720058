import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_NAMESPACE } from './i18n.js';

/** GOV.UK's warning text: something people must not miss. Its hidden label is read out first. */
export function WarningText({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{t('warning')}</span>
        {children}
      </strong>
    </div>
  );
}
