import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { SERVICE_NAME, type InvitationStatus, type OperationState } from '@liaise/shared-domain';
import { useNotificationReceived } from '@liaise/web-notifications';
import { Pagination, ServiceLink, Table, useDocumentTitle } from '@liaise/web-ui';
import { currentCursor, formatDay, formatUkDateTime, InvitationStatusTag, nextPageSearch, previousPageSearch } from '@liaise/web-common';
import { INVITATIONS_NAMESPACE } from './i18n.js';
import { INBOX_TABS, inboxTabOf, inboxTabPath, invitationPath, statusesOf } from './paths.js';
import { useInvitationInbox } from './use-invitations.js';

export const INBOX_PAGE_SIZE = 20;

/** The invitations to the organisation: those awaiting an answer first (a tab each for accepted and all), a page at a time. */
export function InvitationsPage() {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  const { t: tOperations } = useTranslation('operations');
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const tab = inboxTabOf(searchParams);
  const after = currentCursor(searchParams);
  const { page, loading, error, refetch } = useInvitationInbox(statusesOf(tab), INBOX_PAGE_SIZE, after);
  const title = t('inbox.title');
  useDocumentTitle(title, SERVICE_NAME);
  const onNotification = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);
  useNotificationReceived(onNotification);
  const previous = previousPageSearch(searchParams);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-xl">{title}</h1>
        <p className="govuk-body">{t('inbox.intro')}</p>
        <nav className="govuk-tabs" aria-label={t('inbox.tabs')}>
          <ul className="govuk-tabs__list">
            {INBOX_TABS.map((candidate) => (
              <li key={candidate} className={candidate === tab ? 'govuk-tabs__list-item govuk-tabs__list-item--selected' : 'govuk-tabs__list-item'}>
                <ServiceLink className="govuk-tabs__tab" href={inboxTabPath(candidate)} aria-current={candidate === tab ? 'page' : undefined}>
                  {t(`inbox.${candidate}`)}
                </ServiceLink>
              </li>
            ))}
          </ul>
        </nav>
        {page === undefined ? (
          <p className="govuk-body" role="status">
            {loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : page.items.length === 0 && after === undefined ? (
          <div data-testid="invitations-empty">
            <p className="govuk-body">{t(`inbox.empty${tab === 'pending' ? 'Pending' : tab === 'accepted' ? 'Accepted' : 'All'}`)}</p>
            <p className="govuk-body">{t('inbox.emptyHint')}</p>
            {tab !== 'all' && (
              <p className="govuk-body">
                <ServiceLink className="govuk-link" href={inboxTabPath('all')}>
                  {t('inbox.seeAll')}
                </ServiceLink>
              </p>
            )}
          </div>
        ) : (
          <>
            <p className="govuk-body" role="status">
              {t('inbox.count', { count: page.totalCount })}
            </p>
            <Table
              caption={t('inbox.caption')}
              captionSize="visually-hidden"
              testId="invitations"
              head={[t('inbox.operation'), t('inbox.force'), t('inbox.area'), t('inbox.respondBy'), t('inbox.status')]}
              rows={page.items.map((invitation) => ({
                key: invitation.id,
                cells: [
                  <ServiceLink key="open" className="govuk-link" href={invitationPath(invitation.id)}>
                    {t('inbox.open', { type: tOperations(`types.${invitation.operation.type}`), day: formatDay(invitation.operation.plannedDay) })}
                  </ServiceLink>,
                  invitation.forceName,
                  invitation.operation.generalArea,
                  formatUkDateTime(invitation.respondBy),
                  <span key="status">
                    <InvitationStatusTag status={invitation.status as InvitationStatus} />
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                      {t('inbox.operationState', { state: t(`invitation.operationStates.${invitation.operation.state as OperationState}`) })}
                    </span>
                  </span>,
                ],
              }))}
            />
            <Pagination
              label={t('inbox.pages')}
              previousHref={previous === undefined ? undefined : `${location.pathname}${previous === '?' ? '' : previous}`}
              nextHref={page.nextCursor === null || page.nextCursor === undefined ? undefined : `${location.pathname}${nextPageSearch(searchParams, page.nextCursor)}`}
              previousText={t('inbox.previous')}
              nextText={t('inbox.next')}
            />
          </>
        )}
      </div>
    </div>
  );
}
