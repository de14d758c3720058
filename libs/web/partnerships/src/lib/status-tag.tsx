import { useTranslation } from 'react-i18next';
import type { PartnershipStatus } from '@liaise/web-graphql';
import { Tag, type TagColour } from '@liaise/web-ui';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';

const COLOURS: Readonly<Record<PartnershipStatus, TagColour>> = {
  PROPOSED: 'light-blue',
  ACTIVE: 'green',
  DECLINED: 'grey',
  SUSPENDED: 'orange',
  ENDED: 'grey',
};

/** A partnership's status as a GOV.UK tag. */
export function PartnershipStatusTag({ status }: { readonly status: PartnershipStatus }) {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  return <Tag colour={COLOURS[status]}>{t(`statuses.${status}`)}</Tag>;
}
