import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { InvitationStatus, OperationState } from '@liaise/shared-domain';
import { graphql } from '@liaise/web-graphql';
import { useNotificationReceived } from '@liaise/web-notifications';
import { ServiceLink, Table } from '@liaise/web-ui';
import { formatDay, formatUkDateTime, InvitationStatusTag, OperationStateTag, ukToday } from '@liaise/web-common';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { OPERATIONS_PATH, operationPath } from './paths.js';

/** The home page shows this many of each list; a link leads to the rest. */
export const HOME_LIST_SIZE = 50;

/** Operations in these states are not waiting on anyone this week. */
const THIS_WEEK_STATES: readonly OperationState[] = ['DRAFT', 'READY', 'PARTNERS_NOTIFIED', 'IN_PROGRESS', 'COMPLETED', 'FOLLOW_UP'];
/** Partners can still answer an invitation while its operation is in these states. */
const ANSWERABLE_STATES: readonly OperationState[] = ['PARTNERS_NOTIFIED', 'IN_PROGRESS'];

export const FORCE_HOME_QUERY = graphql(`
  query ForceHome($week: OperationsFilter!, $answerable: OperationsFilter!, $first: Int!) {
    thisWeek: operations(filter: $week, first: $first) {
      items {
        ...OperationSummaryFields
      }
      totalCount
    }
    answerable: operations(filter: $answerable, first: $first) {
      items {
        id
        reference
        plannedStart
        invitations {
          id
          status
          partnerName
          respondBy
        }
      }
    }
  }
`);

/** YYYY-MM-DD `days` after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** This week: today and the six days after it, in the UK. */
export function thisWeek(now: Date = new Date()): { from: string; to: string } {
  const from = ukToday(now);
  return { from, to: addDays(from, 6) };
}

/**
 * A force's "what needs me now", for its liaison officers and managers: the force's operations planned
 * this week (not cancelled or closed), and the invitations partners have not answered yet.
 */
export function ForceHomeSections() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const week = thisWeek();
  const { data, loading, error, refetch } = useQuery(FORCE_HOME_QUERY, {
    variables: { week: { ...week, states: [...THIS_WEEK_STATES] }, answerable: { states: [...ANSWERABLE_STATES] }, first: HOME_LIST_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // A partner's answer arrives as a notification: the lists follow it.
  useNotificationReceived(() => void refetch().catch(() => undefined));
  const status = (
    <p className="govuk-body" role="status">
      {loading || error === undefined ? t('loading') : t('serviceProblem')}
    </p>
  );
  const unanswered = (data?.answerable.items ?? [])
    .flatMap((operation) =>
      operation.invitations.filter((invitation) => invitation.status === 'PENDING').map((invitation) => ({ operation, invitation })),
    )
    .sort((a, b) => String(a.invitation.respondBy).localeCompare(String(b.invitation.respondBy)));

  return (
    <>
      <section aria-labelledby="this-week-heading" data-testid="home-this-week">
        <h2 className="govuk-heading-m" id="this-week-heading">
          {t('home.thisWeek')}
        </h2>
        <p className="govuk-body">{t('home.thisWeekDays', { from: formatDay(week.from), to: formatDay(week.to) })}</p>
        {data === undefined ? (
          status
        ) : data.thisWeek.items.length === 0 ? (
          <p className="govuk-body">{t('home.thisWeekEmpty')}</p>
        ) : (
          <Table
            caption={t('home.thisWeek')}
            captionSize="visually-hidden"
            head={[t('list.reference'), t('list.type'), t('list.when'), t('list.area'), t('list.state')]}
            rows={data.thisWeek.items.map((operation) => ({
              key: operation.id,
              cells: [
                <ServiceLink key="reference" className="govuk-link" href={operationPath(operation.id)}>
                  {operation.reference}
                </ServiceLink>,
                t(`types.${operation.type}`),
                formatUkDateTime(operation.plannedStart),
                operation.generalArea,
                <OperationStateTag key="state" state={operation.state as OperationState} />,
              ],
            }))}
          />
        )}
        {data !== undefined && data.thisWeek.totalCount > data.thisWeek.items.length && (
          <p className="govuk-body">{t('home.more', { count: data.thisWeek.totalCount - data.thisWeek.items.length })}</p>
        )}
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={OPERATIONS_PATH}>
            {t('home.allOperations')}
          </ServiceLink>
        </p>
      </section>

      <section aria-labelledby="unanswered-heading" data-testid="home-unanswered">
        <h2 className="govuk-heading-m" id="unanswered-heading">
          {t('home.unanswered')}
        </h2>
        {data === undefined ? (
          status
        ) : unanswered.length === 0 ? (
          <p className="govuk-body">{t('home.unansweredEmpty')}</p>
        ) : (
          <Table
            caption={t('home.unanswered')}
            captionSize="visually-hidden"
            head={[t('home.operation'), t('home.partner'), t('home.respondBy'), t('home.status')]}
            rows={unanswered.map(({ operation, invitation }) => ({
              key: invitation.id,
              cells: [
                <ServiceLink key="reference" className="govuk-link" href={operationPath(operation.id)}>
                  {operation.reference}
                </ServiceLink>,
                invitation.partnerName,
                formatUkDateTime(invitation.respondBy),
                <InvitationStatusTag key="status" status={invitation.status as InvitationStatus} />,
              ],
            }))}
          />
        )}
      </section>
    </>
  );
}
