import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { BackLink, NotificationBanner, ServiceLink, SummaryList, useDocumentTitle } from '@liaise/web-ui';
import { formatDate } from './dates.js';
import { doneMessage } from './done.js';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';
import { agreementPath, PARTNERSHIPS_PATH, respondPath, statusChangePath } from './paths.js';
import { PartnershipStatusTag } from './status-tag.js';
import { usePartnership } from './use-partnerships.js';

/** One partnership: both sides, its status, its agreement, the partner's contact details and what can be done next. */
export function PartnershipPage() {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const location = useLocation();
  const { partnership, loading, error } = usePartnership(id);
  const partner = partnership === null || partnership === undefined ? undefined : partnership.mySide === 'FORCE' ? partnership.project : partnership.force;
  const heading = partner === undefined ? t('details.caption') : t('details.with', { name: partner.name });
  useDocumentTitle(heading, SERVICE_NAME);
  const done = doneMessage(location.state, t);

  const canManage = viewer.permissions.includes('partnership:manage');
  const canRespond = viewer.permissions.includes('partnership:respond');
  const actions = partnership?.availableActions ?? [];
  const links: { href: string; text: string }[] = [];
  if (partnership !== null && partnership !== undefined) {
    if (canRespond && actions.includes('ACCEPT')) links.push({ href: respondPath(id), text: t('details.respond') });
    if (canManage && actions.includes('RESUME')) links.push({ href: statusChangePath(id, 'resume'), text: t('details.resume') });
    if (canManage && actions.includes('SUSPEND')) links.push({ href: statusChangePath(id, 'suspend'), text: t('details.suspend') });
    if (canManage && ['PROPOSED', 'ACTIVE', 'SUSPENDED'].includes(partnership.status)) links.push({ href: agreementPath(id), text: t('details.changeAgreement') });
    if (canManage && actions.includes('END')) {
      links.push({ href: statusChangePath(id, 'end'), text: partnership.status === 'PROPOSED' ? t('details.withdraw') : t('details.end') });
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={PARTNERSHIPS_PATH}>{t('back')}</BackLink>
        {done !== undefined && <NotificationBanner type="success" title={t('successTitle')} heading={done} />}
        {partnership === undefined || partnership === null || partner === undefined ? (
          <>
            <h1 className="govuk-heading-l">{heading}</h1>
            <p className="govuk-body" role="status">
              {partnership === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
            </p>
          </>
        ) : (
          <>
            <span className="govuk-caption-l">{t('details.caption')}</span>
            <h1 className="govuk-heading-l">{heading}</h1>
            <p className="govuk-body" data-testid="partnership-status">
              <PartnershipStatusTag status={partnership.status} />
            </p>
            <SummaryList
              rows={[
                { key: t('details.force'), value: partnership.force.name },
                { key: t('details.project'), value: `${partnership.project.name} (${t(`kinds.${partnership.project.kind}`)})` },
                {
                  key: t('details.status'),
                  value: (
                    <>
                      {t(`statuses.${partnership.status}`)}
                      {partnership.status === 'SUSPENDED' && (
                        <>
                          <br />
                          {t(`details.suspendedBy.${partnership.statusChangedBy}`)}
                        </>
                      )}
                    </>
                  ),
                },
                ...(partnership.statusReason === null || partnership.statusReason === undefined ? [] : [{ key: t('details.reason'), value: partnership.statusReason }]),
              ]}
            />
            <h2 className="govuk-heading-m">{t('details.agreementHeading')}</h2>
            <SummaryList
              rows={[
                { key: t('details.legalBasis'), value: t(`legalBases.${partnership.legalBasis}`) },
                { key: t('details.reference'), value: partnership.agreementReference },
                { key: t('details.signedOn'), value: formatDate(partnership.signedOn) },
                { key: t('details.reviewOn'), value: formatDate(partnership.reviewOn) },
              ]}
            />
            <h2 className="govuk-heading-m">{t('details.contactHeading', { name: partner.name })}</h2>
            <SummaryList
              rows={[
                { key: t('details.contactEmail'), value: partner.contactEmail ?? t('details.none') },
                { key: t('details.contactPhone'), value: partner.contactPhone ?? t('details.none') },
                { key: t('details.areasServed'), value: partner.areasServed.length === 0 ? t('details.none') : partner.areasServed.join(', ') },
              ]}
            />
            {links.length > 0 ? (
              <>
                <h2 className="govuk-heading-m">{t('details.actionsHeading')}</h2>
                <ul className="govuk-list">
                  {links.map((link) => (
                    <li key={link.href}>
                      <ServiceLink className="govuk-link" href={link.href}>
                        {link.text}
                      </ServiceLink>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              !canManage && actions.length > 0 && <p className="govuk-body">{t('details.noActions')}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
