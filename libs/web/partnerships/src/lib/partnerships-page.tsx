import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { NotificationBanner, ServiceLink, Table, useDocumentTitle } from '@liaise/web-ui';
import { formatDate } from './dates.js';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';
import { partnershipPath, PROPOSE_PARTNERSHIP_PATH, respondPath } from './paths.js';
import { PartnershipStatusTag } from './status-tag.js';
import { doneMessage } from './done.js';
import { usePartnerships } from './use-partnerships.js';

/** The organisation's partnerships, with their status; a force's administrator proposes new ones here. */
export function PartnershipsPage() {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  const viewer = useSignedInViewer();
  const location = useLocation();
  const { partnerships, myKind, loading, error } = usePartnerships();
  useDocumentTitle(t('list.title'), SERVICE_NAME);
  const isForce = myKind === 'POLICE_FORCE';
  const mayPropose = isForce && viewer.permissions.includes('partnership:propose');
  const mayRespond = viewer.permissions.includes('partnership:respond');
  const done = doneMessage(location.state, t);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {done !== undefined && <NotificationBanner type="success" title={t('successTitle')} heading={done} />}
        <h1 className="govuk-heading-xl">{t('list.title')}</h1>
        <p className="govuk-body">{t('list.intro')}</p>
        {mayPropose && (
          <p className="govuk-body">
            <ServiceLink className="govuk-button" href={PROPOSE_PARTNERSHIP_PATH} role="button" data-module="govuk-button">
              {t('list.propose')}
            </ServiceLink>
          </p>
        )}
        {partnerships === undefined ? (
          <p className="govuk-body" role="status">
            {loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : partnerships.length === 0 ? (
          <>
            <p className="govuk-body">{t('list.empty')}</p>
            <p className="govuk-body">{isForce ? t('list.emptyForce') : t('list.emptyProject')}</p>
          </>
        ) : (
          <Table
            caption={t('list.caption')}
            captionSize="m"
            testId="partnerships"
            head={[t('list.partner'), t('list.kind'), t('list.reviewOn'), t('list.status')]}
            rows={partnerships.map((partnership) => {
              const partner = partnership.mySide === 'FORCE' ? partnership.project : partnership.force;
              const waiting = partnership.availableActions.includes('ACCEPT') && mayRespond;
              return {
                key: partnership.id,
                cells: [
                  <>
                    <ServiceLink className="govuk-link" href={partnershipPath(partnership.id)}>
                      {partner.name}
                    </ServiceLink>
                    {waiting && (
                      <>
                        <br />
                        <ServiceLink className="govuk-link" href={respondPath(partnership.id)}>
                          {t('list.respond')}
                          <span className="govuk-visually-hidden"> {t('list.respondWith', { name: partner.name })}</span>
                        </ServiceLink>
                      </>
                    )}
                  </>,
                  t(`kinds.${partner.kind}`),
                  formatDate(partnership.reviewOn),
                  <>
                    <PartnershipStatusTag status={partnership.status} />
                    {waiting && <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">{t('list.waiting')}</span>}
                  </>,
                ],
              };
            })}
          />
        )}
      </div>
    </div>
  );
}
