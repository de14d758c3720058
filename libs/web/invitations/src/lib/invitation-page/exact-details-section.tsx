import { useTranslation } from 'react-i18next';
import type { InvitationStatus, OperationState } from '@liaise/shared-domain';
import type { InvitationFieldsFragment } from '@liaise/web-graphql';
import { formatUkDateTime, WarningText } from '@liaise/web-common';
import { SummaryList } from '@liaise/web-ui';
import { INVITATIONS_NAMESPACE } from '../i18n.js';

/** Operations that have ended: their exact details are shown to no one outside the force any more. */
const ENDED_STATES: readonly OperationState[] = ['COMPLETED', 'FOLLOW_UP', 'CLOSED'];

export interface ExactDetailsSectionProps {
  /** What the api disclosed: nothing until the person looking may see it. */
  readonly disclosure: InvitationFieldsFragment['operation']['disclosure'];
  readonly operationState: OperationState;
  readonly status: InvitationStatus;
  /** The person looking is one of those the partner named to attend. */
  readonly named: boolean;
}

/** The exact start, addresses and briefing point once disclosed (marked confidential); until then, why not. */
export function ExactDetailsSection({ disclosure, operationState, status, named }: ExactDetailsSectionProps) {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  return (
    <>
      <h2 className="govuk-heading-m">{t('invitation.exactHeading')}</h2>
      {disclosure === null ? (
        <p className="govuk-body" data-testid="exact-details">
          {t(`invitation.${withheldReason(operationState, status, named)}`)}
        </p>
      ) : (
        <div data-testid="exact-details">
          <WarningText>{t('invitation.confidential')}</WarningText>
          <SummaryList
            rows={[
              { key: t('invitation.exactStart'), value: formatUkDateTime(disclosure.plannedStart) },
              {
                key: t('invitation.exactAddresses'),
                value: (
                  <>
                    {disclosure.addresses.map((address, index) => (
                      <span key={index} className="govuk-!-display-block">
                        {address}
                      </span>
                    ))}
                  </>
                ),
              },
              { key: t('invitation.exactBriefingPoint'), value: disclosure.briefingPoint ?? t('none') },
            ]}
          />
        </div>
      )}
    </>
  );
}

/** Why the exact details are not shown to the person looking (their text's key). */
function withheldReason(state: OperationState, status: InvitationStatus, named: boolean) {
  if (state === 'CANCELLED') return 'exactCancelled' as const;
  if (ENDED_STATES.includes(state)) return 'exactEnded' as const;
  if (status === 'PENDING') return 'exactNotYet' as const;
  if (status !== 'ACCEPTED') return 'exactNotAttending' as const;
  return named ? ('exactNotYet' as const) : ('exactNotNamed' as const);
}
