import { useTranslation } from 'react-i18next';
import type { InvitationStatus, OperationState } from '@liaise/shared-domain';
import type { InvitationFieldsFragment } from '@liaise/web-graphql';
import { AttendeeName, formatUkDateTime, InvitationStatusTag, OperationStateTag } from '@liaise/web-common';
import { SummaryList } from '@liaise/web-ui';
import { INVITATIONS_NAMESPACE } from '../i18n.js';

export interface StatusSectionProps {
  readonly invitation: Pick<InvitationFieldsFragment, 'status' | 'respondBy' | 'respondedAt' | 'reason' | 'attendees'>;
  readonly operationState: OperationState;
}

/** Where the invitation stands: its status, the operation's state in the partner's words, the deadline, the answer given. */
export function StatusSection({ invitation, operationState }: StatusSectionProps) {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  return (
    <>
      <p className="govuk-body" data-testid="invitation-status">
        <InvitationStatusTag status={invitation.status as InvitationStatus} />
      </p>
      <SummaryList
        rows={[
          {
            key: t('invitation.operationState'),
            value: (
              <span data-testid="operation-state">
                <OperationStateTag state={operationState} text={t(`invitation.operationStates.${operationState}`)} />
              </span>
            ),
          },
          { key: t('invitation.respondBy'), value: formatUkDateTime(invitation.respondBy) },
          ...(invitation.respondedAt === null || invitation.respondedAt === undefined ? [] : [{ key: t('invitation.respondedAt'), value: formatUkDateTime(invitation.respondedAt) }]),
          ...(invitation.reason === null || invitation.reason === '' ? [] : [{ key: t('invitation.reason'), value: invitation.reason }]),
          ...(invitation.attendees.length === 0
            ? []
            : [
                {
                  key: t('invitation.attendees'),
                  value: (
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      {invitation.attendees.map((attendee) => (
                        <li key={attendee.userId}>
                          <AttendeeName name={attendee.name} mshtTrainingCurrent={attendee.mshtTrainingCurrent} />
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]),
        ]}
      />
    </>
  );
}
