import { useTranslation } from 'react-i18next';
import type { TrainingStatus } from '@liaise/web-graphql';
import { Tag, type TagColour } from '@liaise/web-ui';
import { TRAINING_NAMESPACE } from './i18n.js';

const COLOURS: Readonly<Record<TrainingStatus, TagColour>> = {
  CURRENT: 'green',
  EXPIRING: 'yellow',
  EXPIRED: 'red',
  NONE: 'grey',
};

/** A training status as a GOV.UK tag: expired and expiring stand out. */
export function TrainingStatusTag({ status }: { readonly status: TrainingStatus }) {
  const { t } = useTranslation(TRAINING_NAMESPACE);
  return <Tag colour={COLOURS[status]}>{t(`statuses.${status}`)}</Tag>;
}
