import { useTranslation } from 'react-i18next';
import type { TrainingRecordFieldsFragment } from '@liaise/web-graphql';
import { ServiceLink, Table } from '@liaise/web-ui';
import { formatDate } from './dates.js';
import { TRAINING_NAMESPACE } from './i18n.js';
import { editTrainingPath, removeTrainingPath } from './paths.js';
import { TrainingStatusTag } from './status-tag.js';

export interface RecordsTableProps {
  readonly caption: string;
  readonly records: readonly TrainingRecordFieldsFragment[];
  /** With links to change and remove each record (false for managers looking at someone else's). */
  readonly changeable?: boolean;
}

/** Training records with their status, and links to change or remove each. */
export function RecordsTable({ caption, records, changeable = true }: RecordsTableProps) {
  const { t } = useTranslation(TRAINING_NAMESPACE);
  return (
    <Table
      caption={caption}
      testId="training-records"
      head={[t('table.course'), t('table.provider'), t('table.completedOn'), t('table.expiresOn'), t('table.status'), ...(changeable ? [t('table.actions')] : [])]}
      rows={records.map((record) => ({
        key: record.id,
        cells: [
          record.course.name,
          record.provider,
          formatDate(record.completedOn),
          record.expiresOn === null || record.expiresOn === undefined ? t('noExpiry') : formatDate(record.expiresOn),
          <TrainingStatusTag key="status" status={record.status} />,
          ...(changeable ? [actions(record)] : []),
        ],
      }))}
    />
  );

  function actions(record: TrainingRecordFieldsFragment) {
    return (
      <ul key="actions" className="govuk-list govuk-!-margin-bottom-0">
        <li>
          <ServiceLink className="govuk-link" href={editTrainingPath(record.id)}>
            {t('table.change')}
            <span className="govuk-visually-hidden"> {record.course.name}</span>
          </ServiceLink>
        </li>
        <li>
          <ServiceLink className="govuk-link" href={removeTrainingPath(record.id)}>
            {t('table.remove')}
            <span className="govuk-visually-hidden"> {record.course.name}</span>
          </ServiceLink>
        </li>
      </ul>
    );
  }
}
