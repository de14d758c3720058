import { useTranslation } from 'react-i18next';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { Button, ServiceLink, SummaryList, useDocumentTitle } from '@liaise/web-ui';
import { CHANGE_PASSWORD_PATH } from './change-password-page.js';
import { AUTH_NAMESPACE } from './i18n.js';
import { SIGN_OUT_EVERYWHERE_PATH } from './paths.js';
import { roleName } from './role-name.js';
import { useSignOut } from './use-sign-out.js';
import { useSignedInViewer } from './use-viewer.js';

/** The signed-in person's account: who they are in Liaise, and signing out here or everywhere. */
export function AccountPage() {
  const { t } = useTranslation(AUTH_NAMESPACE);
  const viewer = useSignedInViewer();
  const { signOut, signingOut } = useSignOut();
  useDocumentTitle(t('account.title'), SERVICE_NAME);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t('account.title')}</h1>
        <SummaryList
          rows={[
            { key: t('account.name'), value: viewer.user.displayName },
            { key: t('account.email'), value: viewer.user.email },
            { key: t('account.role'), value: roleName(t, viewer.user.role) },
            { key: t('account.organisation'), value: viewer.organisationName },
            { key: t('account.twoFactor'), value: viewer.twoFactorEnabled ? t('account.twoFactorOn') : t('account.twoFactorOff') },
          ]}
        />

        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={CHANGE_PASSWORD_PATH}>
            Change your password
          </ServiceLink>
        </p>

        <h2 className="govuk-heading-m">{t('account.signOutHeading')}</h2>
        <p className="govuk-body">{t('account.signOutText')}</p>
        <Button type="button" variant="secondary" onClick={() => void (signingOut ? undefined : signOut())}>
          {t('account.signOut')}
        </Button>
        <p className="govuk-body">{t('account.everywhereText')}</p>
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={SIGN_OUT_EVERYWHERE_PATH}>
            {t('account.everywhereLink')}
          </ServiceLink>
        </p>
      </div>
    </div>
  );
}
