import { Trans, useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { NotificationBanner, ServiceLink, SummaryList, Tag, useDocumentTitle } from '@liaise/web-ui';
import { ORGANISATIONS_NAMESPACE } from './i18n.js';
import { ORGANISATION_EDIT_PATH } from './paths.js';
import { useMyOrganisation } from './use-my-organisation.js';

/** Set as the location's state by the edit page after saving. */
export interface OrganisationSavedState {
  readonly organisationSaved: true;
}

function saved(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as Partial<OrganisationSavedState>).organisationSaved === true;
}

/** The organisation's profile as its people see it; its administrator can change it. */
export function OrganisationPage() {
  const { t } = useTranslation(ORGANISATIONS_NAMESPACE);
  const viewer = useSignedInViewer();
  const location = useLocation();
  const { organisation, loading, error } = useMyOrganisation();
  useDocumentTitle(t('profile.title'), SERVICE_NAME);
  const canChange = viewer.permissions.includes('organisation:manage');
  const list = (values: readonly string[]) =>
    values.length === 0 ? (
      t('profile.none')
    ) : (
      <ul className="govuk-list">
        {values.map((value) => (
          <li key={value}>{value}</li>
        ))}
      </ul>
    );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {saved(location.state) && <NotificationBanner type="success" title={t('profile.successTitle')} heading={t('profile.saved')} />}
        {organisation === undefined ? (
          <>
            <h1 className="govuk-heading-xl">{t('profile.title')}</h1>
            <p className="govuk-body" role="status">
              {loading || error === undefined ? t('loading') : t('serviceProblem')}
            </p>
          </>
        ) : (
          <>
            <span className="govuk-caption-l">{t('profile.title')}</span>
            <h1 className="govuk-heading-xl">{organisation.name}</h1>
            <SummaryList
              rows={[
                { key: t('profile.kind'), value: t(`kinds.${organisation.kind}`) },
                {
                  key: t('profile.status'),
                  value: <Tag colour={organisation.status === 'ACTIVE' ? 'green' : 'red'}>{t(`statuses.${organisation.status}`)}</Tag>,
                },
                { key: t('profile.areasServed'), value: list(organisation.areasServed) },
                { key: t('profile.contactEmail'), value: organisation.contactEmail ?? t('profile.none') },
                { key: t('profile.contactPhone'), value: organisation.contactPhone ?? t('profile.none') },
                { key: t('profile.languagesOffered'), value: list(organisation.languagesOffered) },
              ]}
            />
            <p className="govuk-body">{t('profile.directoryNote')}</p>
            {canChange ? (
              <p className="govuk-body">
                <ServiceLink className="govuk-link" href={ORGANISATION_EDIT_PATH}>
                  {t('profile.change')}
                </ServiceLink>
              </p>
            ) : (
              <p className="govuk-body">{t('profile.adminOnly')}</p>
            )}
            <p className="govuk-body">
              <Trans
                t={t}
                i18nKey="profile.elsewhere"
                components={{
                  partnerships: <ServiceLink className="govuk-link" href="/partnerships" />,
                  training: <ServiceLink className="govuk-link" href="/training" />,
                }}
              />
            </p>
          </>
        )}
      </div>
    </div>
  );
}
