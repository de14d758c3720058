import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationStatus, OperationState } from '@liaise/shared-domain';
import { Tag, type TagColour } from '@liaise/web-ui';
import { COMMON_NAMESPACE } from './i18n.js';

const STATE_COLOURS: Readonly<Record<OperationState, TagColour>> = {
  DRAFT: 'grey',
  READY: 'light-blue',
  PARTNERS_NOTIFIED: 'blue',
  IN_PROGRESS: 'purple',
  COMPLETED: 'green',
  FOLLOW_UP: 'turquoise',
  CLOSED: 'grey',
  CANCELLED: 'red',
};

/**
 * The tags that operations and invitations both show, with their words here, so that neither feature reaches
 * into the other for them.
 */

/** An operation's state as a GOV.UK tag; `text` for other words than the force's (a partner's, say). */
export function OperationStateTag({ state, text }: { readonly state: OperationState; readonly text?: string }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return <Tag colour={STATE_COLOURS[state]}>{text ?? t(`operationStates.${state}`)}</Tag>;
}

const STATUS_COLOURS: Readonly<Record<InvitationStatus, TagColour>> = {
  PENDING: 'yellow',
  ACCEPTED: 'green',
  DECLINED: 'orange',
  WITHDRAWN: 'grey',
  ACCEPTANCE_WITHDRAWN: 'orange',
  EXPIRED: 'grey',
  CANCELLED: 'red',
};

/** An invitation's status as a GOV.UK tag: the same words for the force and the partner. */
export function InvitationStatusTag({ status }: { readonly status: InvitationStatus }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return <Tag colour={STATUS_COLOURS[status]}>{t(`invitationStatuses.${status}`)}</Tag>;
}

/** The flag on someone named to attend without current MSHT training. */
export function MshtWarningTag() {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return <Tag colour="red">{t('mshtNotCurrent')}</Tag>;
}

export interface AttendeeNameProps {
  readonly name: ReactNode;
  readonly mshtTrainingCurrent: boolean;
  /** After the operation: whether they attended (null or absent until recorded). */
  readonly attended?: boolean | null;
}

/** Someone named (or to be named) to attend: the name, whether they attended, and the flag without current MSHT training. */
export function AttendeeName({ name, mshtTrainingCurrent, attended = null }: AttendeeNameProps) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return (
    <>
      {name}
      {attended === true && ` (${t('attended')})`}
      {attended === false && ` (${t('didNotAttend')})`}
      {!mshtTrainingCurrent && (
        <>
          {' '}
          <MshtWarningTag />
        </>
      )}
    </>
  );
}
