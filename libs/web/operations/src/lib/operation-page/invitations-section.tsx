import { useTranslation } from 'react-i18next';
import type { InvitationStatus } from '@liaise/shared-domain';
import { AttendeeName, formatUkDateTime, InvitationStatusTag } from '@liaise/web-common';
import { ServiceLink, SummaryList, Table } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { withdrawInvitationPath } from '../paths.js';

export interface OperationInvitationView {
  readonly id: string;
  readonly status: string;
  readonly respondBy: unknown;
  readonly reason?: string | null;
  readonly partnerName: string;
  readonly availableActions: readonly string[];
  readonly attendees: readonly { readonly userId: string; readonly name: string; readonly mshtTrainingCurrent: boolean; readonly attended?: boolean | null }[];
}

export interface InvitationsSectionProps {
  readonly operationId: string;
  /** Undefined while they load, or when loading them failed. */
  readonly invitations: readonly OperationInvitationView[] | undefined;
  /** Loading the invitations failed (rather than not having finished). */
  readonly failed: boolean;
  readonly mayManage: boolean;
  /** How many of the force's officers attended, once recorded. */
  readonly officersAttended?: number | null;
}

/**
 * The partners invited to an operation (kept live by the page): each one's answer, who it named (flagged
 * without MSHT training), and withdrawing; then how many of the force's officers attended.
 */
export function InvitationsSection({ operationId, invitations, failed, mayManage, officersAttended }: InvitationsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <>
      <h2 className="govuk-heading-m">{t('operation.invitationsHeading')}</h2>
      <p className="govuk-body">{t('operation.liveNote')}</p>
      <InvitationsTable operationId={operationId} invitations={invitations} failed={failed} mayManage={mayManage} />
      {officersAttended !== null && officersAttended !== undefined && <SummaryList rows={[{ key: t('operation.officersAttended'), value: String(officersAttended) }]} />}
    </>
  );
}

function InvitationsTable({ operationId, invitations, failed, mayManage }: Omit<InvitationsSectionProps, 'officersAttended'>) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  if (invitations === undefined) {
    return (
      <p className="govuk-body" role="status">
        {failed ? t('serviceProblem') : t('loading')}
      </p>
    );
  }
  if (invitations.length === 0) return <p className="govuk-body">{t('operation.noInvitations')}</p>;
  return (
    <Table
      caption={t('operation.invitationsCaption')}
      captionSize="visually-hidden"
      testId="invitations"
      head={[t('operation.partner'), t('operation.invitationStatus'), t('operation.respondBy'), t('operation.attendees')]}
      rows={invitations.map((invitation) => ({
        key: invitation.id,
        cells: [
          <>
            {invitation.partnerName}
            {mayManage && invitation.availableActions.includes('WITHDRAW') && (
              <>
                <br />
                <ServiceLink className="govuk-link govuk-body-s" href={withdrawInvitationPath(operationId, invitation.id)}>
                  {t('operation.withdraw')}
                  <span className="govuk-visually-hidden"> {t('operation.withdrawFrom', { name: invitation.partnerName })}</span>
                </ServiceLink>
              </>
            )}
          </>,
          <span key="status" data-testid={`invitation-status-${invitation.id}`}>
            <InvitationStatusTag status={invitation.status as InvitationStatus} />
            {invitation.reason !== null && invitation.reason !== undefined && invitation.reason !== '' && (
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">{invitation.reason}</span>
            )}
          </span>,
          formatUkDateTime(invitation.respondBy),
          invitation.attendees.length === 0 ? (
            t('operation.noAttendees')
          ) : (
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {invitation.attendees.map((attendee) => (
                <li key={attendee.userId}>
                  <AttendeeName name={attendee.name} attended={attendee.attended} mshtTrainingCurrent={attendee.mshtTrainingCurrent} />
                </li>
              ))}
            </ul>
          ),
        ],
      }))}
    />
  );
}
