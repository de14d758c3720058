import { useTranslation } from 'react-i18next';
import type { TrainingRecordFieldsFragment } from '@liaise/web-graphql';
import { NotificationBanner } from '@liaise/web-ui';
import { TRAINING_NAMESPACE } from './i18n.js';

/**
 * Expired and expiring training, and missing MSHT training, at a glance: a banner above the records when any
 * needs attention. A course counts once, by its best record.
 */
export function TrainingAtAGlance({ records }: { readonly records: readonly TrainingRecordFieldsFragment[] }) {
  const { t } = useTranslation(TRAINING_NAMESPACE);
  const best = new Map<string, TrainingRecordFieldsFragment>();
  const rank = { CURRENT: 3, EXPIRING: 2, EXPIRED: 1, NONE: 0 } as const;
  for (const record of records) {
    const current = best.get(record.course.id);
    if (current === undefined || rank[record.status] > rank[current.status]) best.set(record.course.id, record);
  }
  const counts = { expired: 0, expiring: 0 };
  for (const record of best.values()) {
    if (record.status === 'EXPIRED') counts.expired += 1;
    if (record.status === 'EXPIRING') counts.expiring += 1;
  }
  const mshtCurrent = [...best.values()].some((record) => record.course.countsAsMsht && (record.status === 'CURRENT' || record.status === 'EXPIRING'));
  const lines = [
    ...(counts.expired > 0 ? [t('glance.expired', { count: counts.expired })] : []),
    ...(counts.expiring > 0 ? [t('glance.expiring', { count: counts.expiring })] : []),
    ...(!mshtCurrent ? [t('glance.noMsht')] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <NotificationBanner title={t('glance.title')} heading={lines[0]} role="region">
      {lines.length > 1 && (
        <ul className="govuk-list govuk-list--bullet">
          {lines.slice(1).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="govuk-body">{t('glance.renew')}</p>
    </NotificationBanner>
  );
}
