import type { ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useDocumentTitle } from '@liaise/web-ui';
import { SERVICE_NAMESPACE } from './i18n.js';

/** When this statement was prepared and last reviewed (ISO dates): update them when you review it. */
export const STATEMENT_PREPARED = '2026-11-28';
export const STATEMENT_REVIEWED = '2026-11-28';

const ABLE = ['colours', 'zoom', 'keyboard', 'speech', 'screenReader'] as const;

function externalLink(href: string): { a: ReactElement } {
  // Trans puts the translated link text (`<a>…</a>` in the translation) inside this element.
  return { a: <a className="govuk-link" href={href} /> };
}

/** The accessibility statement, in the structure of GOV.UK's model statement. */
export function AccessibilityStatementPage() {
  const { t, i18n } = useTranslation(SERVICE_NAMESPACE);
  useDocumentTitle(t('accessibility.title'), SERVICE_NAME);
  const formatDate = (isoDate: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${isoDate}T00:00:00Z`));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t('accessibility.heading')}</h1>
        <p className="govuk-body">{t('accessibility.appliesTo')}</p>
        <p className="govuk-body">{t('accessibility.wantEveryone')}</p>
        <ul className="govuk-list govuk-list--bullet">
          {ABLE.map((item) => (
            <li key={item}>{t(`accessibility.able.${item}`)}</li>
          ))}
        </ul>
        <p className="govuk-body">{t('accessibility.simpleText')}</p>
        <p className="govuk-body">
          <Trans t={t} i18nKey="accessibility.abilityNet" components={externalLink('https://mcmw.abilitynet.org.uk/')} />
        </p>

        <h2 className="govuk-heading-l">{t('accessibility.howAccessibleHeading')}</h2>
        <p className="govuk-body">{t('accessibility.howAccessibleDesign')}</p>
        <p className="govuk-body">{t('accessibility.howAccessibleKnown')}</p>

        <h2 className="govuk-heading-l">{t('accessibility.difficultyHeading')}</h2>
        <p className="govuk-body">{t('accessibility.difficulty')}</p>

        <h2 className="govuk-heading-l">{t('accessibility.reportingHeading')}</h2>
        <p className="govuk-body">{t('accessibility.reporting')}</p>

        <h2 className="govuk-heading-l">{t('accessibility.enforcementHeading')}</h2>
        <p className="govuk-body">
          <Trans
            t={t}
            i18nKey="accessibility.enforcement"
            components={externalLink('https://www.equalityadvisoryservice.com/')}
          />
        </p>
        <p className="govuk-body">
          <Trans
            t={t}
            i18nKey="accessibility.enforcementNorthernIreland"
            components={externalLink('https://www.equalityni.org/Home')}
          />
        </p>

        <h2 className="govuk-heading-l">{t('accessibility.technicalHeading')}</h2>
        <p className="govuk-body">{t('accessibility.technical')}</p>
        <h3 className="govuk-heading-m">{t('accessibility.complianceHeading')}</h3>
        <p className="govuk-body">
          <Trans t={t} i18nKey="accessibility.compliance" components={externalLink('https://www.w3.org/TR/WCAG22/')} />
        </p>
        <h3 className="govuk-heading-m">{t('accessibility.nonAccessibleHeading')}</h3>
        <p className="govuk-body">{t('accessibility.nonAccessible')}</p>

        <h2 className="govuk-heading-l">{t('accessibility.testingHeading')}</h2>
        <p className="govuk-body">{t('accessibility.testingAutomated')}</p>
        <p className="govuk-body">{t('accessibility.testingManual')}</p>

        <h2 className="govuk-heading-l">{t('accessibility.improvingHeading')}</h2>
        <p className="govuk-body">{t('accessibility.improving')}</p>

        <h2 className="govuk-heading-l">{t('accessibility.preparationHeading')}</h2>
        <p className="govuk-body">
          {t('accessibility.preparation', {
            prepared: formatDate(STATEMENT_PREPARED),
            reviewed: formatDate(STATEMENT_REVIEWED),
          })}
        </p>
      </div>
    </div>
  );
}
