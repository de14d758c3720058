import { useTranslation } from 'react-i18next';
import { SummaryList } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { detailsRows, type OperationDetailsView } from '../operation-details.js';

/** The operation's planned details, as a summary list. */
export function DetailsSection({ operation }: { readonly operation: OperationDetailsView }) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <>
      <h2 className="govuk-heading-m">{t('operation.summaryHeading')}</h2>
      <SummaryList rows={detailsRows(operation, t).map((row) => ({ key: row.key, value: row.value }))} />
    </>
  );
}
