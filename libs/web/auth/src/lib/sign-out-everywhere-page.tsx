import { useTranslation } from 'react-i18next';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { Button, ButtonGroup, ServiceLink, useDocumentTitle } from '@liaise/web-ui';
import { AUTH_NAMESPACE } from './i18n.js';
import { ACCOUNT_PATH } from './paths.js';
import { useSignOutEverywhere } from './use-sign-out.js';

/** The confirmation step before ending every session of the person, on every device. */
export function SignOutEverywherePage() {
  const { t } = useTranslation(AUTH_NAMESPACE);
  const { signOut, signingOut } = useSignOutEverywhere();
  useDocumentTitle(t('signOutEverywhere.title'), SERVICE_NAME);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('signOutEverywhere.heading')}</h1>
        <p className="govuk-body">{t('signOutEverywhere.text')}</p>
        <p className="govuk-body">{t('signOutEverywhere.after')}</p>
        <ButtonGroup>
          <Button type="button" onClick={() => void (signingOut ? undefined : signOut())}>
            {t('signOutEverywhere.confirm')}
          </Button>
          <ServiceLink className="govuk-link" href={ACCOUNT_PATH}>
            {t('signOutEverywhere.cancel')}
          </ServiceLink>
        </ButtonGroup>
      </div>
    </div>
  );
}
