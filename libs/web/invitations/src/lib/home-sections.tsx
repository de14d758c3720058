import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { OperationState } from '@liaise/shared-domain';
import { graphql } from '@liaise/web-graphql';
import { useNotificationReceived } from '@liaise/web-notifications';
import { ServiceLink, Table } from '@liaise/web-ui';
import { formatDay, formatUkDateTime, OperationStateTag } from '@liaise/web-common';
import { INVITATIONS_NAMESPACE } from './i18n.js';
import { INVITATIONS_PATH, inboxTabPath, invitationPath } from './paths.js';

/** The home page shows this many of each list; the inbox has the rest. */
export const HOME_LIST_SIZE = 50;

/** An accepted invitation's operation is still to be attended in these states. */
const TO_ATTEND_STATES: readonly string[] = ['PARTNERS_NOTIFIED', 'IN_PROGRESS'];

export const PARTNER_HOME_QUERY = graphql(`
  query PartnerHome($first: Int!) {
    awaitingAnswer: invitations(statuses: [PENDING], first: $first) {
      items {
        id
        respondBy
        forceName
        operation {
          id
          type
          plannedDay
          generalArea
        }
      }
      totalCount
    }
    accepted: invitations(statuses: [ACCEPTED], first: $first) {
      items {
        id
        forceName
        operation {
          id
          type
          state
          plannedDay
          generalArea
        }
        attendees {
          userId
          name
        }
      }
    }
  }
`);

export interface PartnerHomeSectionsProps {
  /** Only the operations this person is named to attend (an outreach worker's own); all of the organisation's when absent. */
  readonly attendeeUserId?: string;
}

/**
 * A partner's "what needs me now", for its outreach workers and managers: the invitations waiting for the
 * organisation's answer, soonest deadline first, and the operations it has accepted and will attend, soonest first.
 */
export function PartnerHomeSections({ attendeeUserId }: PartnerHomeSectionsProps) {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  const { t: tOperations } = useTranslation('operations');
  const { data, loading, error, refetch } = useQuery(PARTNER_HOME_QUERY, { variables: { first: HOME_LIST_SIZE }, fetchPolicy: 'cache-and-network' });
  // A new invitation, or one withdrawn, arrives as a notification: the lists follow it.
  useNotificationReceived(() => void refetch().catch(() => undefined));
  const status = (
    <p className="govuk-body" role="status">
      {loading || error === undefined ? t('loading') : t('serviceProblem')}
    </p>
  );
  const awaiting = [...(data?.awaitingAnswer.items ?? [])].sort((a, b) => String(a.respondBy).localeCompare(String(b.respondBy)));
  const toAttend = (data?.accepted.items ?? [])
    .filter((invitation) => TO_ATTEND_STATES.includes(invitation.operation.state))
    .filter((invitation) => attendeeUserId === undefined || invitation.attendees.some((attendee) => attendee.userId === attendeeUserId))
    .sort((a, b) => a.operation.plannedDay.localeCompare(b.operation.plannedDay));
  const operationName = (operation: { type: string; plannedDay: string }) =>
    t('inbox.open', { type: tOperations(`types.${operation.type}`), day: formatDay(operation.plannedDay) });

  return (
    <>
      <section aria-labelledby="awaiting-answer-heading" data-testid="home-awaiting-answer">
        <h2 className="govuk-heading-m" id="awaiting-answer-heading">
          {t('home.awaitingAnswer')}
        </h2>
        {data === undefined ? (
          status
        ) : awaiting.length === 0 ? (
          <p className="govuk-body">{t('home.awaitingAnswerEmpty')}</p>
        ) : (
          <>
            <Table
              caption={t('home.awaitingAnswer')}
              captionSize="visually-hidden"
              head={[t('inbox.operation'), t('inbox.force'), t('inbox.area'), t('home.respondBy')]}
              rows={awaiting.map((invitation) => ({
                key: invitation.id,
                cells: [
                  <ServiceLink key="open" className="govuk-link" href={invitationPath(invitation.id)}>
                    {operationName(invitation.operation)}
                  </ServiceLink>,
                  invitation.forceName,
                  invitation.operation.generalArea,
                  formatUkDateTime(invitation.respondBy),
                ],
              }))}
            />
            {data.awaitingAnswer.totalCount > awaiting.length && (
              <p className="govuk-body">{t('home.more', { count: data.awaitingAnswer.totalCount - awaiting.length })}</p>
            )}
          </>
        )}
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={INVITATIONS_PATH}>
            {t('home.allInvitations')}
          </ServiceLink>
        </p>
      </section>

      <section aria-labelledby="to-attend-heading" data-testid="home-to-attend">
        <h2 className="govuk-heading-m" id="to-attend-heading">
          {attendeeUserId === undefined ? t('home.organisationAttends') : t('home.youAttend')}
        </h2>
        {data === undefined ? (
          status
        ) : toAttend.length === 0 ? (
          <p className="govuk-body">{attendeeUserId === undefined ? t('home.organisationAttendsEmpty') : t('home.youAttendEmpty')}</p>
        ) : (
          <Table
            caption={attendeeUserId === undefined ? t('home.organisationAttends') : t('home.youAttend')}
            captionSize="visually-hidden"
            head={[t('inbox.operation'), t('inbox.force'), t('inbox.area'), t('home.attending'), t('home.state')]}
            rows={toAttend.map((invitation) => ({
              key: invitation.id,
              cells: [
                <ServiceLink key="open" className="govuk-link" href={invitationPath(invitation.id)}>
                  {operationName(invitation.operation)}
                </ServiceLink>,
                invitation.forceName,
                invitation.operation.generalArea,
                invitation.attendees.map((attendee) => attendee.name).join(', '),
                <OperationStateTag key="state" state={invitation.operation.state as OperationState} />,
              ],
            }))}
          />
        )}
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={inboxTabPath('accepted')}>
            {t('home.allAccepted')}
          </ServiceLink>
        </p>
      </section>
    </>
  );
}
