import { Trans, useTranslation } from 'react-i18next';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { ServiceLink, useDocumentTitle } from '@liaise/web-ui';
import { AUTH_NAMESPACE } from './i18n.js';
import { ACCOUNT_PATH } from './paths.js';
import { roleName } from './role-name.js';
import { useSignedInViewer } from './use-viewer.js';

const NEXT = ['notice', 'attend', 'followUp', 'feedback'] as const;

/**
 * Where a signed-in person lands: who they are signed in as, what they can do now, and what is being built
 * (said as such: nothing here pretends to be data).
 */
export function HomePage() {
  const { t } = useTranslation(AUTH_NAMESPACE);
  const viewer = useSignedInViewer();
  useDocumentTitle(t('home.title'), SERVICE_NAME);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t('home.title')}</h1>
        <p className="govuk-body-l" data-testid="signed-in-as">
          {t('home.signedInAs', {
            name: viewer.user.displayName,
            role: roleName(t, viewer.user.role, 'inSentence'),
            organisation: viewer.organisationName,
          })}
        </p>

        <h2 className="govuk-heading-m">{t('home.nowHeading')}</h2>
        <p className="govuk-body">
          <Trans t={t} i18nKey="home.now" components={{ a: <ServiceLink className="govuk-link" href={ACCOUNT_PATH} /> }} />
        </p>

        <h2 className="govuk-heading-m">{t('home.nextHeading')}</h2>
        <p className="govuk-body">{t('home.nextIntro')}</p>
        <ul className="govuk-list govuk-list--bullet">
          {NEXT.map((item) => (
            <li key={item}>{t(`home.next.${item}`)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
