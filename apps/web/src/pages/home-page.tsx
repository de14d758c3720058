import { Trans, useTranslation } from 'react-i18next';
import { SERVICE_NAME, type Permission } from '@liaise/shared-domain';
import { AUDIT_PATH } from '@liaise/web-audit';
import { ACCOUNT_PATH, AUTH_NAMESPACE, roleName, useSignedInViewer } from '@liaise/web-auth';
import { PartnerHomeSections } from '@liaise/web-invitations';
import { CHECKLIST_ITEMS_PATH, ForceHomeSections, operationsNavigation, useOrganisationKind } from '@liaise/web-operations';
import { ORGANISATION_PATH, PLATFORM_ORGANISATIONS_PATH } from '@liaise/web-organisations';
import { PARTNERSHIPS_PATH } from '@liaise/web-partnerships';
import { PEOPLE_PATH } from '@liaise/web-people';
import { PEOPLE_TRAINING_PATH } from '@liaise/web-training';
import { ServiceLink, useDocumentTitle } from '@liaise/web-ui';

/** What an administrator looks after, each behind the permission its page needs. */
const ADMINISTRATION = [
  { key: 'people', href: PEOPLE_PATH, permission: 'people:manage' },
  { key: 'training', href: PEOPLE_TRAINING_PATH, permission: 'training:manage-people' },
  { key: 'organisation', href: ORGANISATION_PATH, permission: 'organisation:manage' },
  { key: 'partnerships', href: PARTNERSHIPS_PATH, permission: 'partnership:manage' },
  { key: 'checklist', href: CHECKLIST_ITEMS_PATH, permission: 'operation:checklist-items' },
  { key: 'audit', href: AUDIT_PATH, permission: 'audit:read' },
  { key: 'organisations', href: PLATFORM_ORGANISATIONS_PATH, permission: 'organisation:create' },
] as const satisfies readonly { key: string; href: string; permission: Permission }[];

const ADMINISTRATORS: readonly string[] = ['ORGANISATION_ADMIN', 'PLATFORM_ADMIN'];

/**
 * Where a signed-in person lands: what needs them now. A force's officers and managers see the force's
 * operations this week and the invitations partners have not answered; a partner's outreach workers see the
 * invitations waiting for an answer and the operations they are named to attend (its managers, the
 * organisation's); administrators see what they look after.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { t: tAuth } = useTranslation(AUTH_NAMESPACE);
  const viewer = useSignedInViewer();
  const { permissions } = viewer;
  const role = viewer.user.role;
  const administrator = ADMINISTRATORS.includes(role);
  // Which side of an operation the organisation is on decides the lists: a force's, or a partner's.
  const needsSide = !administrator && permissions.some((permission) => permission === 'operation:read' || permission === 'invitation:read');
  const organisationKind = useOrganisationKind(!needsSide);
  const side = operationsNavigation(permissions, organisationKind);
  useDocumentTitle(t('home.title'), SERVICE_NAME);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-xl">{t('home.title')}</h1>
        <p className="govuk-body-l" data-testid="signed-in-as">
          {t('home.signedInAs', {
            name: viewer.user.displayName,
            role: roleName(tAuth, role, 'inSentence'),
            organisation: viewer.organisationName,
          })}
        </p>

        {administrator ? (
          <section aria-labelledby="administration-heading" data-testid="home-administration">
            <h2 className="govuk-heading-m" id="administration-heading">
              {t('home.administration')}
            </h2>
            <ul className="govuk-list govuk-list--spaced">
              {ADMINISTRATION.filter((item) => permissions.includes(item.permission)).map((item) => (
                <li key={item.key}>
                  <ServiceLink className="govuk-link govuk-!-font-weight-bold" href={item.href}>
                    {t(`home.administer.${item.key}.link`)}
                  </ServiceLink>
                  <br />
                  {t(`home.administer.${item.key}.hint`)}
                </li>
              ))}
            </ul>
          </section>
        ) : needsSide && organisationKind === undefined ? (
          <p className="govuk-body" role="status">
            {t('home.loading')}
          </p>
        ) : side.operations ? (
          <ForceHomeSections />
        ) : side.invitations ? (
          <PartnerHomeSections attendeeUserId={role === 'OUTREACH_WORKER' ? viewer.user.id : undefined} />
        ) : null}

        <p className="govuk-body">
          <Trans t={t} i18nKey="home.account" components={{ a: <ServiceLink className="govuk-link" href={ACCOUNT_PATH} /> }} />
        </p>
      </div>
    </div>
  );
}
